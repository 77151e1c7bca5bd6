const vi = {
  bell: {
    loading: 'Thông báo',
    label_zero: 'Thông báo, không có thông báo chưa đọc',
    label_one: 'Thông báo, {{count}} chưa đọc',
    label_other: 'Thông báo, {{count}} chưa đọc',
  },
  page: {
    title: 'Thông báo',
    subtitle: 'Những việc đến lượt bạn, tin nhắn và nhắc việc của các dự án bạn theo dõi.',
    markAllRead: 'Đánh dấu tất cả đã đọc',
    empty: 'Không có thông báo nào.',
    unread: 'Chưa đọc',
  },
  filters: {
    legend: 'Lọc thông báo',
    kind: 'Loại',
    all: 'Tất cả',
    unreadOnly: 'Chỉ chưa đọc',
  },
  kinds: {
    your_move: 'Đến lượt bạn',
    activity: 'Hoạt động',
    message: 'Tin nhắn',
    mention: 'Nhắc đến bạn',
    reminder: 'Nhắc việc',
    reassigned: 'Chuyển giao',
  },
  preferences: {
    title: 'Gửi email',
    description: 'Chọn cách nhận email cho từng loại thông báo.',
    language: 'Ngôn ngữ của thông báo và email',
    choices: {
      immediately: 'Gửi ngay',
      daily_digest: 'Tổng hợp hằng ngày',
      off: 'Không gửi',
    },
  },
  languages: { vi: 'Tiếng Việt', en: 'English' },
}

export default vi
