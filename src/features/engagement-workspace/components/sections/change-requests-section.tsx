import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { QueryState } from '@/components/ui/query-state'
import { formatDate, formatVnd } from '@/lib/format'

import { useCompleteChangeRequest } from '../../api/complete-change-request'
import { useChangeRequests } from '../../api/get-change-requests'
import { DecisionOrigin } from '../decision-origin'
import { ChangeRequestMilestones } from './change-request-milestones'
import { ChangeRequestQuoteForm } from './change-request-quote-form'
import { QuotedChangeActions } from './quoted-change-actions'

const TONE: Record<string, BadgeTone> = {
  submitted: 'warning',
  quoted: 'info',
  approved: 'success',
  rejected: 'danger',
  done: 'neutral',
}

export function ChangeRequestsSection({
  engagementId,
  clientId,
}: {
  engagementId: string
  clientId: string | null
}) {
  const { t } = useTranslation('engagement-workspace')
  const changeRequests = useChangeRequests(engagementId)
  const complete = useCompleteChangeRequest(engagementId)
  return (
    <Panel level={3} title={t('changes.title')}>
      <RefusalAlert error={complete.error} />
      <QueryState query={changeRequests}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState>{t('changes.empty')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {rows.map((request) => (
                <li key={request.id} className="space-y-2 py-3">
                  <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                    {request.title}
                    <Badge tone={TONE[request.status]}>{t(`changes.status.${request.status}`)}</Badge>
                  </p>
                  <p className="text-sm whitespace-pre-line text-slate-700">{request.description}</p>
                  <p className="text-xs text-slate-600">
                    {t('changes.submittedAt', { date: formatDate(request.submitted_at) })}
                  </p>
                  {request.extra_price_vnd !== null && (
                    <p className="text-sm text-slate-800">
                      {t('changes.extra', {
                        price: formatVnd(request.extra_price_vnd),
                        days: request.extra_days ?? 0,
                      })}
                      {' · '}
                      {t(request.pay_before_work ? 'changes.paidBeforeWork' : 'changes.paidAfterWork')}
                    </p>
                  )}
                  {request.decision_reason && (
                    <p className="text-sm text-red-800">
                      {t('changes.decisionReason', { reason: request.decision_reason })}
                    </p>
                  )}
                  {(request.status === 'approved' || request.status === 'rejected') && (
                    <DecisionOrigin
                      decision={request.status}
                      clientId={clientId}
                      decidedBy={request.decided_by}
                      decidedAt={request.decided_at}
                      userAgent={request.decided_user_agent}
                      from={request.decided_from}
                    />
                  )}
                  {request.status === 'submitted' && (
                    <ChangeRequestQuoteForm engagementId={engagementId} request={request} />
                  )}
                  {request.status === 'quoted' && (
                    <QuotedChangeActions engagementId={engagementId} request={request} />
                  )}
                  <ChangeRequestMilestones engagementId={engagementId} request={request} />
                  {request.status === 'approved' && (
                    <Button
                      size="sm"
                      variant="secondary"
                      aria-label={t('changes.completeLabel', { title: request.title })}
                      isLoading={complete.isPending && complete.variables === request.id}
                      onClick={() => complete.mutate(request.id)}
                    >
                      {t('changes.complete')}
                    </Button>
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
