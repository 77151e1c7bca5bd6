import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { QueryState } from '@/components/ui/query-state'
import { safeRedirect } from '@/config/paths'
import { formatDateTime } from '@/lib/format'

import { useNotifications, type NotificationFilters, type NotificationKind } from '../api/get-notifications'
import { useMarkNotificationRead } from '../api/mark-read'

/** The inbox, newest first; opening an item marks it read and follows its link. */
export function NotificationList({ userId, filters }: { userId: string; filters: NotificationFilters }) {
  const { t } = useTranslation('notifications')
  const notifications = useNotifications(userId, filters)
  const markRead = useMarkNotificationRead()
  return (
    <QueryState query={notifications}>
      {(rows) =>
        rows.length === 0 ? (
          <EmptyState>{t('page.empty')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {rows.map((row) => (
              <li key={row.id} className={row.read_at ? '' : 'bg-brand-50/60'}>
                <Link
                  to={safeRedirect(row.link)}
                  onClick={() => {
                    if (!row.read_at) markRead.mutate(row.id)
                  }}
                  className="block space-y-1 px-4 py-3 hover:bg-slate-50"
                >
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge tone={row.kind === 'your_move' ? 'warning' : 'neutral'}>
                      {t(`kinds.${row.kind as NotificationKind}`)}
                    </Badge>
                    <span className="font-medium text-slate-900">{row.title}</span>
                    {!row.read_at && (
                      <span className="text-xs font-semibold text-brand-800">{t('page.unread')}</span>
                    )}
                  </span>
                  {row.body && <span className="block text-sm text-slate-700">{row.body}</span>}
                  <span className="block text-xs text-slate-600">{formatDateTime(row.created_at)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  )
}
