import type { NotificationFilters } from './get-notifications'

/** Every key of the inbox starts with 'notifications': a new row refreshes the bell and the page. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (userId: string, filters: NotificationFilters) =>
    [...notificationKeys.all, 'list', userId, filters] as const,
  unread: (userId: string) => [...notificationKeys.all, 'unread', userId] as const,
  preferences: (userId: string) => [...notificationKeys.all, 'preferences', userId] as const,
}
