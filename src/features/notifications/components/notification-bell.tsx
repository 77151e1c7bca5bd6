import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { paths } from '@/config/paths'
import { useSignedInUser } from '@/lib/auth'

import { useUnreadCount } from '../api/get-unread-count'
import { useNotificationChanges } from '../api/use-notification-changes'

/** The header's bell: the unread count, live over Realtime; it opens the notifications page. */
export function NotificationBell({ onReassigned }: { onReassigned?: (engagementId: string) => void }) {
  const { t } = useTranslation('notifications')
  const user = useSignedInUser()
  const channel = useNotificationChanges(user.id, onReassigned)
  // Counted once the channel has answered, so no change falls between the count and the channel
  // (and the page's own first requests go first). Until then the bell claims no number.
  const unread = useUnreadCount(user.id, channel).data
  const count = unread ?? 0
  return (
    <Link
      to={paths.notifications.getHref()}
      aria-label={unread === undefined ? t('bell.loading') : t('bell.label', { count })}
      className="relative inline-flex h-10 w-10 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {count > 0 && (
        <span
          aria-hidden="true"
          data-unread-count={count}
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  )
}
