/** Strings shared by every page: the shell, navigation, errors. */
const vi = {
  product: { name: 'TAMS – SAGOS', tagline: 'Bảng điều phối dự án' },
  language: { label: 'Ngôn ngữ', vi: 'Tiếng Việt', en: 'English' },
  header: {
    signedInAs: 'Đang đăng nhập:',
    profile: 'Hồ sơ',
    signOut: 'Đăng xuất',
    signingOut: 'Đang đăng xuất…',
    mainNavigation: 'Điều hướng chính',
  },
  nav: {
    board: 'Bảng dự án',
    client: 'Dự án',
    warranty: 'Bảo hành',
    dashboard: 'Điều hành',
    clientUsers: 'Người dùng',
    admin: 'Quản trị',
  },
  status: { loading: 'Đang tải…', slow: 'Máy chủ chưa phản hồi. Đang thử lại…' },
  errors: {
    title: 'Đã có lỗi xảy ra',
    description: 'Trang này không hiển thị được. Vui lòng thử lại.',
    section: 'Phần này không tải được.',
    retry: 'Thử lại',
    reload: 'Tải lại trang',
    goHome: 'Về trang chủ',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Đường dẫn không tồn tại hoặc đã được đổi.',
  },
}

export default vi
