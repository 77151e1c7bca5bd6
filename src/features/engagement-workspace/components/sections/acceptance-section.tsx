import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { formatDateTime } from '@/lib/format'

import { useAcceptances } from '../../api/get-acceptances'
import { usePersonName } from '../use-people'

export function AcceptanceSection({
  engagementId,
  clientId,
}: {
  engagementId: string
  clientId: string | null
}) {
  const { t } = useTranslation('engagement-workspace')
  const acceptances = useAcceptances(engagementId)
  const personName = usePersonName(clientId)
  return (
    <Panel level={3} title={t('acceptance.title')}>
      <QueryState query={acceptances}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState>{t('acceptance.empty')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {rows.map((record) => (
                <li key={record.id} className="space-y-1 py-3">
                  <p className="flex items-center gap-2 font-medium text-slate-900">
                    <Badge tone={record.decision === 'accepted' ? 'success' : 'danger'}>
                      {t(`acceptance.decision.${record.decision}`)}
                    </Badge>
                    {t('common.by', { name: personName(record.decided_by) })}
                  </p>
                  <p className="text-xs text-slate-600">
                    {t('acceptance.decidedAt', { date: formatDateTime(record.decided_at) })}
                  </p>
                  {record.note && (
                    <p className="text-sm text-slate-700">{t('acceptance.note', { note: record.note })}</p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Panel>
  )
}
