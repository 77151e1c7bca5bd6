import { useEffect, useMemo, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'

import { PageSpinner } from '@/components/ui/spinner'
import { Badge } from '@/components/ui/badge'
import { paths } from '@/config/paths'
import { formatVnd } from '@/lib/format'
import { isParty, isStep, stateName, stepIndex, type EngagementStep } from '@/lib/workflow'

import { useApprovers } from '../api/get-approvers'
import { useEngagement } from '../api/get-engagement'
import { getYourTurnQueryOptions } from '../api/get-your-turn'
import type vi from '../locales/vi'

import { AcceptanceSection } from './acceptance-section'
import { ChangeRequestsSection } from './change-requests-section'
import { DocumentsSection } from './documents-section'
import { EngagementViewContext, type EngagementView } from './engagement-context'
import { MilestonesSection } from './milestones-section'
import { PaymentsSection } from './payments-section'
import { QuoteSection } from './quote-section'
import { RequestSummary } from './request-summary'
import { RequirementsSection } from './requirements-section'
import { SectionCard } from './section-card'
import { StepProgress } from './step-progress'
import { TimelineSection } from './timeline-section'
import { WarrantySection } from './warranty-section'
import { WhoseMove } from './whose-move'

/** Sections in page order, each shown from the step where it starts to matter. */
const SECTIONS: { id: keyof typeof vi.sections; from: EngagementStep }[] = [
  { id: 'quote', from: 'agreement' },
  { id: 'milestones', from: 'payment' },
  { id: 'requirements', from: 'request' },
  { id: 'payments', from: 'payment' },
  { id: 'documents', from: 'request' },
  { id: 'acceptance', from: 'completion' },
  { id: 'change-requests', from: 'payment' },
  { id: 'handover', from: 'completion' },
  { id: 'warranty', from: 'acceptance' },
  { id: 'duties', from: 'request' },
  { id: 'timeline', from: 'request' },
]

/** After following a "your turn" link (`#payments`), bring that panel into view once it exists. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation()
  useEffect(() => {
    if (ready && hash) document.getElementById(hash.slice(1))?.scrollIntoView()
  }, [ready, hash])
}

/** Panels another feature renders into the page (the route composes them). */
export type DutySections = { handover: ReactNode; duties: ReactNode }

/**
 * For a member: the approvers' names when every open action of the client's side is theirs (the
 * database's pending_actions say whose), so the page says "waiting on your approver", not "your turn".
 */
function useApproverWait(engagementId: string, isApprover: boolean): string | null {
  const actions = useQuery(getYourTurnQueryOptions()).data ?? []
  const approvers = useApprovers().data ?? []
  const ours = actions.filter((action) => action.engagement_id === engagementId)
  if (isApprover || ours.length === 0 || !ours.every((action) => action.actor === 'client_approver'))
    return null
  return approvers.join(', ')
}

export function EngagementPage({
  engagementId,
  isApprover,
  dutySections,
}: {
  engagementId: string
  isApprover: boolean
  dutySections?: DutySections
}) {
  const { t } = useTranslation('client-portal')
  const engagement = useEngagement(engagementId)
  const data = engagement.data
  const approverNames = useApproverWait(engagementId, isApprover)
  useScrollToHash(Boolean(data))
  const view = useMemo<EngagementView | null>(() => {
    if (!data?.id || !isStep(data.step)) return null
    return {
      engagementId: data.id,
      code: data.code ?? '',
      step: data.step,
      state: data.state ?? 'active',
      version: data.version ?? 0,
      warrantyEndsAt: data.warranty_ends_at,
      isApprover,
    }
  }, [data, isApprover])
  if (engagement.isPending) return <PageSpinner />
  if (engagement.error) throw engagement.error
  if (!data || !view) {
    return (
      <div className="space-y-2">
        <h1 className="text-xl font-semibold text-slate-900">{t('detail.notFound')}</h1>
        <Link to={paths.client.getHref()} className="text-brand-700 underline">
          {t('detail.back')}
        </Link>
      </div>
    )
  }
  const shown = SECTIONS.filter(
    (section) =>
      stepIndex(view.step) >= stepIndex(section.from) &&
      (dutySections || (section.id !== 'handover' && section.id !== 'duties')),
  )
  const body = {
    quote: <QuoteSection />,
    milestones: <MilestonesSection />,
    requirements: <RequirementsSection />,
    payments: <PaymentsSection />,
    documents: <DocumentsSection />,
    acceptance: <AcceptanceSection warrantyStartsAt={data.warranty_starts_at} />,
    'change-requests': <ChangeRequestsSection />,
    warranty: <WarrantySection warrantyStartsAt={data.warranty_starts_at} />,
    handover: dutySections?.handover,
    duties: dutySections?.duties,
    timeline: <TimelineSection />,
  } as Record<string, ReactNode>
  return (
    <EngagementViewContext value={view}>
      <div className="space-y-5">
        <Link to={paths.client.getHref()} className="text-sm font-medium text-brand-700 hover:underline">
          ← {t('detail.back')}
        </Link>
        <header className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-600">{data.code}</p>
              <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{data.title}</h1>
              {data.account_manager_name && (
                <p className="text-sm text-slate-600">
                  {t('detail.accountManager', { name: data.account_manager_name })}
                </p>
              )}
            </div>
            <div className="text-right">
              {view.state !== 'active' && data.state && <Badge>{stateName(data.state)}</Badge>}
              {data.agreed_price_vnd != null && (
                <p className="text-sm text-slate-700">
                  {t('list.price')} <span className="font-semibold">{formatVnd(data.agreed_price_vnd)}</span>
                </p>
              )}
            </div>
          </div>
          <RequestSummary engagementId={view.engagementId} />
          <StepProgress step={view.step} />
          <WhoseMove
            party={isParty(data.whose_move) ? data.whose_move : null}
            reason={data.whose_move_reason}
            providerSeconds={data.provider_waiting_seconds}
            clientSeconds={data.client_waiting_seconds}
            approverNames={approverNames}
          />
        </header>
        <nav aria-label={t('detail.sections')} className="-mx-1 overflow-x-auto">
          <ul className="flex gap-1 px-1 pb-1">
            {shown.map((section) => (
              <li key={section.id} className="shrink-0">
                <a
                  href={`#${section.id}`}
                  className="block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800 hover:border-brand-600"
                >
                  {t(`sections.${section.id}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {shown.map((section) => (
          <SectionCard
            key={section.id}
            id={section.id}
            title={t(`sections.${section.id}.title`)}
            description={t(`sections.${section.id}.description`)}
          >
            {body[section.id]}
          </SectionCard>
        ))}
      </div>
    </EngagementViewContext>
  )
}
