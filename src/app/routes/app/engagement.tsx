import { useParams } from 'react-router'

import { NotFoundPage } from '@/components/errors/not-found-page'
import { LazyConversationPanel } from '@/features/conversations/components/lazy-conversation-panel'
import { DutiesTab } from '@/features/duties/components/duties-tab'
import { EngagementWorkspace } from '@/features/engagement-workspace/components/engagement-workspace'
import { isUuid } from '@/lib/uuid'

/** The workspace tab that shows each kind of record a duty rests on. */
const TAB_OF: Record<string, string> = {
  quotes: 'quote',
  milestones: 'quote',
  documents: 'documents',
  payments: 'payments',
  requirements: 'requirements',
  change_requests: 'changes',
  warranty_claims: 'warranty',
  engagements: 'timeline',
  handover_items: 'duties',
  licence_assets: 'duties',
  licence_registers: 'duties',
}

const linkFor = (table: string) => (TAB_OF[table] ? `?tab=${TAB_OF[table]}` : undefined)

/** `/engagements/:engagementId`: the engagement's workspace for provider staff, its conversation below. */
export default function EngagementRoute() {
  const { engagementId = '' } = useParams()
  if (!isUuid(engagementId)) return <NotFoundPage />
  return (
    <div key={engagementId} className="space-y-6">
      <EngagementWorkspace
        engagementId={engagementId}
        renderDuties={(engagement) => (
          <DutiesTab
            engagementId={engagementId}
            linkFor={linkFor}
            canPrepare={
              engagement.state === 'active' &&
              (engagement.step === 'implementation' || engagement.step === 'completion')
            }
          />
        )}
      />
      <LazyConversationPanel engagementId={engagementId} isStaff />
    </div>
  )
}
