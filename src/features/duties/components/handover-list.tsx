import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { formatDate } from '@/lib/format'

import type { HandoverItem } from '../api/get-handover-items'

function ItemStatus({ item }: { item: HandoverItem }) {
  const { t } = useTranslation('duties')
  if (item.received_at) {
    return <Badge tone="success">{t('handover.received', { date: formatDate(item.received_at) })}</Badge>
  }
  if (item.done_at) return <Badge tone="info">{t('handover.awaitingReceipt')}</Badge>
  return <Badge tone="warning">{t('handover.planned')}</Badge>
}

function ItemDetails({ item }: { item: HandoverItem }) {
  const { t } = useTranslation('duties')
  return (
    <>
      {item.done_at && (
        <p className="text-xs text-slate-600">{t('handover.done', { date: formatDate(item.done_at) })}</p>
      )}
      {item.method && (
        <p className="text-sm text-slate-700">{t('handover.method', { method: item.method })}</p>
      )}
      {item.training_on && (
        <p className="text-sm text-slate-700">
          {t('handover.training', {
            date: formatDate(item.training_on),
            minutes: item.training_minutes,
            attendees: item.training_attendees,
          })}
        </p>
      )}
    </>
  )
}

/** The handover items, each with its kind, whether it is required, and where it stands. */
export function HandoverList({
  items,
  renderAction,
}: {
  items: HandoverItem[]
  /** What the reader may do with an item (hand it over, confirm receipt), if anything. */
  renderAction: (item: HandoverItem) => ReactNode
}) {
  const { t } = useTranslation('duties')
  if (items.length === 0) return <EmptyState>{t('handover.empty')}</EmptyState>
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="space-y-1 py-3" aria-label={item.title}>
          <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
            <span className="text-sm text-slate-600">{t(`handover.kind.${item.kind}`)}:</span>
            {item.title}
            <Badge>{item.required ? t('handover.required') : t('handover.optional')}</Badge>
            <ItemStatus item={item} />
          </p>
          <ItemDetails item={item} />
          {renderAction(item)}
        </li>
      ))}
    </ul>
  )
}
