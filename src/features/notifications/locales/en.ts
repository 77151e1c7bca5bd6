import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  bell: {
    loading: 'Notifications',
    label_zero: 'Notifications, none unread',
    label_one: 'Notifications, {{count}} unread',
    label_other: 'Notifications, {{count}} unread',
  },
  page: {
    title: 'Notifications',
    subtitle: 'Your moves, messages and reminders from the engagements you follow.',
    markAllRead: 'Mark all read',
    empty: 'No notifications.',
    unread: 'Unread',
  },
  filters: {
    legend: 'Filter notifications',
    kind: 'Kind',
    all: 'All',
    unreadOnly: 'Unread only',
  },
  kinds: {
    your_move: 'Your move',
    activity: 'Activity',
    message: 'Messages',
    mention: 'Mentions',
    reminder: 'Reminders',
    reassigned: 'Reassignments',
  },
  preferences: {
    title: 'Email',
    description: 'Choose how each kind of notification is emailed to you.',
    language: 'Language of notifications and emails',
    choices: {
      immediately: 'At once',
      daily_digest: 'Daily digest',
      off: 'Off',
    },
  },
  languages: { vi: 'Tiếng Việt', en: 'English' },
}

export default en
