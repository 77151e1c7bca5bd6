import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Badge, type BadgeTone } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { formatDate, formatDateTime } from '@/lib/format'
import { formatWaiting } from '@/lib/workflow'

import type { EngagementSummary } from '../../api/get-engagement'
import { useWarrantyClaims } from '../../api/get-warranty-claims'
import { usePersonName } from '../use-people'

const PRIORITY_TONE: Record<string, BadgeTone> = {
  critical: 'danger',
  high: 'warning',
  normal: 'info',
  low: 'neutral',
}
const OPEN = ['open', 'in_progress', 'waiting_on_client', 'resolved']

export function WarrantySection({ engagement }: { engagement: EngagementSummary }) {
  const { t } = useTranslation('engagement-workspace')
  const claims = useWarrantyClaims(engagement.id ?? '')
  const personName = usePersonName(engagement.client_id)
  const [now] = useState(Date.now)
  const due = (iso: string, status: string) => (
    <>
      {formatDateTime(iso)}
      {OPEN.includes(status) && new Date(iso).getTime() < now && (
        <>
          {' '}
          <Badge tone="danger">{t('warranty.overdue')}</Badge>
        </>
      )}
    </>
  )
  return (
    <Panel level={3} title={t('warranty.title')}>
      {engagement.warranty_starts_at && engagement.warranty_ends_at && (
        <p className="text-sm text-slate-700">
          {t('warranty.period', {
            start: formatDate(engagement.warranty_starts_at),
            end: formatDate(engagement.warranty_ends_at),
          })}
        </p>
      )}
      <QueryState query={claims}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState>{t('warranty.empty')}</EmptyState>
          ) : (
            <DataTable
              headers={(['title', 'status', 'priority', 'response', 'resolution', 'assignee'] as const).map(
                (column) => t(`warranty.columns.${column}`),
              )}
            >
              {rows.map((claim) => (
                <tr key={claim.id} className="align-top">
                  <td className="px-2 py-2">
                    <span className="font-medium text-slate-900">{claim.title}</span>
                    {claim.client_wait_seconds > 0 && (
                      <span className="block text-xs text-slate-600">
                        {t('warranty.clientWait', { duration: formatWaiting(claim.client_wait_seconds) })}
                      </span>
                    )}
                  </td>
                  <td className="px-2 py-2">{t(`warranty.status.${claim.status}`)}</td>
                  <td className="px-2 py-2">
                    <Badge tone={PRIORITY_TONE[claim.priority]}>
                      {t(`warranty.priority.${claim.priority}`)}
                    </Badge>
                  </td>
                  <td className="px-2 py-2">{due(claim.response_due_at, claim.status)}</td>
                  <td className="px-2 py-2">{due(claim.resolution_due_at, claim.status)}</td>
                  <td className="px-2 py-2">{claim.assigned_to ? personName(claim.assigned_to) : '—'}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </Panel>
  )
}
