const vi = {
  panel: {
    title: 'Trao đổi',
    description: 'Hai bên cùng phân tích yêu cầu phát sinh và thống nhất giải pháp (C4).',
    thread: 'Chủ đề',
    engagementThread: 'Dự án',
    changeRequestThread: 'Yêu cầu thay đổi: {{title}}',
    warrantyClaimThread: 'Bảo hành: {{title}}',
    empty: 'Chưa có tin nhắn nào. Hãy bắt đầu cuộc trao đổi.',
    messages: 'Tin nhắn',
  },
  message: {
    internal: 'Ghi chú nội bộ',
    edited: 'đã sửa',
    edit: 'Sửa',
    save: 'Lưu',
    cancel: 'Hủy',
    editLabel: 'Sửa tin nhắn',
    unknownAuthor: 'Người dùng',
  },
  composer: {
    label: 'Tin nhắn của bạn',
    placeholder: 'Viết tin nhắn…',
    internal: 'Ghi chú nội bộ (khách hàng không bao giờ thấy)',
    mentions: 'Nhắc đến',
    send: 'Gửi',
  },
}

export default vi
