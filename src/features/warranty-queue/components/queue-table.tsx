import { useTranslation } from 'react-i18next'

import type { QueueClaim } from '../api/get-warranty-queue'
import { WARRANTY_QUEUE_NS } from '../messages'
import { QueueRow } from './queue-row'
import { useNow } from './use-now'

type Props = {
  claims: QueueClaim[]
  selected: Set<string>
  onToggle: (id: string) => void
  onToggleAll: (ids: string[], on: boolean) => void
  onHandle: (claim: QueueClaim) => void
}

const COLUMNS = [
  'claim',
  'priority',
  'coverage',
  'status',
  'assignee',
  'responseDue',
  'resolutionDue',
  'paused',
  'sla',
  'actions',
] as const

export function QueueTable({ claims, selected, onToggle, onToggleAll, onHandle }: Props) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const now = useNow()
  const ids = claims.map((c) => c.id ?? '')
  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id))
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm text-slate-800">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-700 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">
              <input
                type="checkbox"
                className="size-4"
                checked={allSelected}
                onChange={(e) => onToggleAll(ids, e.target.checked)}
                aria-label={t('selectAll')}
              />
            </th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {claims.map((claim) => (
            <QueueRow
              key={claim.id}
              claim={claim}
              now={now}
              selected={selected.has(claim.id ?? '')}
              onToggle={onToggle}
              onHandle={onHandle}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
