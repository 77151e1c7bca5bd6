/** Strings shared by every page: the shell, navigation, errors. */
const vi = {
  product: { name: 'TAMS – SAGOS', tagline: 'Bảng điều phối dự án' },
  language: { label: 'Ngôn ngữ', vi: 'Tiếng Việt', en: 'English' },
  header: {
    signedInAs: 'Đang đăng nhập:',
    signOut: 'Đăng xuất',
    signingOut: 'Đang đăng xuất…',
    mainNavigation: 'Điều hướng chính',
  },
  nav: { home: 'Trang chủ', board: 'Bảng dự án', client: 'Khách hàng', warranty: 'Bảo hành', dashboard: 'Điều hành' },
  status: { loading: 'Đang tải…' },
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
  home: {
    title: 'Xin chào, {{name}}',
    signedInAs: 'Bạn đang đăng nhập bằng {{email}}.',
    next: 'Chọn nơi làm việc',
    board: 'Bảng kanban các dự án, theo bảy bước của quy trình.',
    client: 'Dự án của khách hàng, bước hiện tại và việc cần làm.',
    warranty: 'Yêu cầu bảo hành và tiến độ xử lý.',
  },
  placeholder: {
    board: 'Bảng dự án',
    client: 'Trang khách hàng',
    warranty: 'Bảo hành & hỗ trợ',
    comingSoon: 'Trang này đang được xây dựng.',
  },
}

export default vi
