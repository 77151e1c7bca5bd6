const vi = {
  noAccess: {
    title: 'Tài khoản của bạn chưa được cấp quyền',
    description:
      'Bạn đã đăng nhập bằng {{email}}, nhưng tài khoản này chưa là nhân viên TAMS hay người dùng của khách hàng nào, nên chưa xem được dự án nào.',
    next: 'Hãy liên hệ quản trị viên TAMS hoặc người phê duyệt của công ty bạn để được thêm vào.',
  },
  loadFailed: 'Không tải được thông tin tài khoản của bạn.',
  unreachable: 'Không kết nối được máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.',
}

export default vi
