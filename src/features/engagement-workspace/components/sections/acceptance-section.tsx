import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'

import { useAcceptances } from '../../api/get-acceptances'
import type { EngagementSummary } from '../../api/get-engagement'
import { DecisionOrigin } from '../decision-origin'
import { HandOverForm } from './hand-over-form'

export function AcceptanceSection({ engagement }: { engagement: EngagementSummary }) {
  const { t } = useTranslation('engagement-workspace')
  const acceptances = useAcceptances(engagement.id ?? '')
  const clientId = engagement.client_id
  return (
    <div className="space-y-4">
      {engagement.step === 'completion' && engagement.state === 'active' && (
        <HandOverForm engagement={engagement} />
      )}
      <Panel level={3} title={t('acceptance.title')}>
        <QueryState query={acceptances}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState>{t('acceptance.empty')}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {rows.map((record) => (
                  <li key={record.id} className="space-y-1 py-3">
                    <Badge tone={record.decision === 'accepted' ? 'success' : 'danger'}>
                      {t(`acceptance.decision.${record.decision}`)}
                    </Badge>
                    <DecisionOrigin
                      decision={record.decision}
                      clientId={clientId}
                      decidedBy={record.decided_by}
                      decidedAt={record.decided_at}
                      userAgent={record.decided_user_agent}
                      from={record.decided_from}
                    />
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
    </div>
  )
}
