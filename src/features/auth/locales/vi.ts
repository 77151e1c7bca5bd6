const vi = {
  login: {
    title: 'Đăng nhập',
    subtitle: 'Dùng email và mật khẩu được cấp cho bạn.',
    email: 'Email',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    forgotPassword: 'Quên mật khẩu?',
  },
  validation: {
    emailRequired: 'Vui lòng nhập email.',
    emailInvalid: 'Email không hợp lệ.',
    passwordRequired: 'Vui lòng nhập mật khẩu.',
  },
  errors: {
    accountDeactivated: 'Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.',
    invalidCredentials: 'Email hoặc mật khẩu không đúng.',
    emailNotConfirmed: 'Email này chưa được xác nhận.',
    tooManyRequests: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
    network: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    unknown: 'Không đăng nhập được. Vui lòng thử lại.',
  },
}

export default vi
