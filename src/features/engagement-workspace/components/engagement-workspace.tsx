import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

import { SectionBoundary } from '@/components/errors/section-boundary'
import { PageSpinner } from '@/components/ui/spinner'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { paths } from '@/config/paths'

import { useEngagement, type EngagementSummary } from '../api/get-engagement'
import { EngagementHeader } from './engagement-header'
import { RejectionChecklist } from './rejection-checklist'
import { RequestSummary } from './request-summary'
import { AcceptanceSection } from './sections/acceptance-section'
import { ChangeRequestsSection } from './sections/change-requests-section'
import { DocumentsSection } from './sections/documents-section'
import { PaymentsSection } from './sections/payments-section'
import { QuoteSection } from './sections/quote-section'
import { RequirementsSection } from './sections/requirements-section'
import { TimelineSection } from './sections/timeline-section'
import { WarrantySection } from './sections/warranty-section'
import { WorkspaceTabs, type WorkspaceTab } from './workspace-tabs'

/** A panel another feature renders into the workspace (the route composes it). */
export type WorkspacePanel = (engagement: EngagementSummary) => ReactNode

function renderPanel(engagement: EngagementSummary, tab: WorkspaceTab, duties?: WorkspacePanel) {
  const id = engagement.id ?? ''
  const clientId = engagement.client_id
  switch (tab) {
    case 'timeline':
      return <TimelineSection engagementId={id} clientId={clientId} />
    case 'requirements':
      return <RequirementsSection engagementId={id} />
    case 'quote':
      return <QuoteSection engagement={engagement} />
    case 'payments':
      return <PaymentsSection engagementId={id} />
    case 'documents':
      return <DocumentsSection engagementId={id} clientId={clientId} />
    case 'changes':
      return <ChangeRequestsSection engagementId={id} clientId={clientId} />
    case 'acceptance':
      return <AcceptanceSection engagement={engagement} />
    case 'duties':
      return duties?.(engagement) ?? null
    case 'warranty':
      return <WarrantySection engagement={engagement} />
  }
}

/** One engagement for provider staff: where it stands, and every provider-side act on it. */
export function EngagementWorkspace({
  engagementId,
  renderDuties,
}: {
  engagementId: string
  /** The duties tab: the ledger, handover items and licences. */
  renderDuties?: WorkspacePanel
}) {
  const { t } = useTranslation('engagement-workspace')
  const engagement = useEngagement(engagementId)
  if (engagement.isPending) return <PageSpinner />
  if (engagement.isError) {
    return (
      <div className="space-y-3">
        <p className="text-slate-700">{t('page.loadError')}</p>
        <RefusalAlert error={engagement.error} />
      </div>
    )
  }
  if (!engagement.data) return <EngagementNotFound />
  const summary = engagement.data
  return (
    <div className="space-y-6">
      <title>{t('page.title', { code: summary.code })}</title>
      <Link
        to={paths.board.getHref()}
        className="text-sm font-medium text-brand-700 underline underline-offset-4"
      >
        ← {t('page.backToBoard')}
      </Link>
      <SectionBoundary>
        <EngagementHeader engagement={summary} />
      </SectionBoundary>
      <SectionBoundary>
        <RejectionChecklist engagementId={engagementId} />
        <RequestSummary engagementId={engagementId} />
      </SectionBoundary>
      <WorkspaceTabs renderPanel={(tab) => renderPanel(summary, tab, renderDuties)} />
    </div>
  )
}

/** RLS returns nothing for an engagement the caller may not see: the same page as a missing one. */
function EngagementNotFound() {
  const { t } = useTranslation('engagement-workspace')
  return (
    <section
      role="alert"
      className="mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-16 text-center"
    >
      <h1 className="text-2xl font-semibold text-slate-900">{t('page.notFoundTitle')}</h1>
      <p className="text-slate-600">{t('page.notFoundDescription')}</p>
      <Link
        to={paths.board.getHref()}
        className="mt-2 font-medium text-brand-700 underline underline-offset-4"
      >
        {t('page.backToBoard')}
      </Link>
    </section>
  )
}
