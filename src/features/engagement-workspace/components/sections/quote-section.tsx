import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { formatDate } from '@/lib/format'

import type { EngagementSummary } from '../../api/get-engagement'
import { useMilestones } from '../../api/get-milestones'
import { usePackages } from '../../api/get-packages'
import { useQuotes, type Quote } from '../../api/get-quotes'
import { formatCalendarDate } from '../../utils/date-input'
import { MilestoneActions } from './milestone-actions'
import { QuoteCard } from './quote-card'
import { QuoteForm } from './quote-form'
import { SentQuoteActions } from './sent-quote-actions'

export function QuoteSection({ engagement }: { engagement: EngagementSummary }) {
  const { t } = useTranslation('engagement-workspace')
  const engagementId = engagement.id ?? ''
  const quotes = useQuotes(engagementId)
  const packages = usePackages()
  const [revising, setRevising] = useState<Quote | undefined>()
  const packageName = (id: string) => packages.data?.find((item) => item.id === id)?.name ?? ''
  const inAgreement = engagement.step === 'agreement' && engagement.state === 'active'
  return (
    <div className="space-y-4">
      <Panel level={3} title={t('quote.title')}>
        <QueryState query={quotes}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState>{t('quote.empty')}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {rows.map((quote) => (
                  <li key={quote.id} className="space-y-2 py-3">
                    <QuoteCard
                      quote={quote}
                      packageName={packageName(quote.package_id)}
                      clientId={engagement.client_id}
                    />
                    {quote.status === 'sent' && inAgreement && (
                      <SentQuoteActions
                        quote={quote}
                        engagementId={engagementId}
                        onRevise={() => setRevising(quote)}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </Panel>
      {engagement.step === 'agreement' ? (
        <QuoteForm
          key={revising?.id ?? 'new'}
          engagement={engagement}
          revising={revising}
          onSent={() => setRevising(undefined)}
        />
      ) : (
        <Alert tone="info">{t('quote.onlyInAgreement')}</Alert>
      )}
      <MilestonesPanel engagementId={engagementId} />
    </div>
  )
}

function MilestonesPanel({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const milestones = useMilestones(engagementId)
  return (
    <Panel level={3} title={t('milestones.title')}>
      <QueryState query={milestones}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState>{t('milestones.empty')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {rows.map((milestone) => (
                <li key={milestone.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                      {milestone.position}. {milestone.title}
                      <Badge tone={milestone.status === 'done' ? 'success' : 'warning'}>
                        {t(`milestones.status.${milestone.status}`)}
                      </Badge>
                    </p>
                    <p className="text-xs text-slate-600">
                      {t(
                        `milestones.responsible.${milestone.responsible === 'client' ? 'client' : 'provider'}`,
                      )}{' '}
                      ·{' '}
                      {milestone.due_date
                        ? t('milestones.due', { date: formatCalendarDate(milestone.due_date) })
                        : t('milestones.noDue')}
                      {milestone.started_at &&
                        ` · ${t('milestones.startedAt', { date: formatDate(milestone.started_at) })}`}
                      {milestone.done_at &&
                        ` · ${t('milestones.doneAt', { date: formatDate(milestone.done_at) })}`}
                    </p>
                  </div>
                  {milestone.status === 'open' && milestone.responsible === 'client' && (
                    <p className="text-sm text-slate-700">{t('milestones.clientMarks')}</p>
                  )}
                  {milestone.responsible === 'provider' && (
                    <MilestoneActions engagementId={engagementId} milestone={milestone} />
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
