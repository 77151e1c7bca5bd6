import { useParams } from 'react-router'

import { NotFoundPage } from '@/components/errors/not-found-page'
import { EngagementPage } from '@/features/client-portal/components/engagement-page'
import { LazyConversationPanel } from '@/features/conversations/components/lazy-conversation-panel'
import { ClientHandover } from '@/features/duties/components/client-handover'
import { DutiesLedger } from '@/features/duties/components/duties-ledger'
import { RequireSide, useCurrentProfile } from '@/lib/profile'
import { isUuid } from '@/lib/uuid'

/** The page's section that shows each kind of record a duty rests on. */
const SECTION_OF: Record<string, string> = {
  quotes: 'quote',
  milestones: 'quote',
  documents: 'documents',
  payments: 'payments',
  requirements: 'requirements',
  change_requests: 'change-requests',
  warranty_claims: 'warranty',
  engagements: 'timeline',
  handover_items: 'handover',
  licence_assets: 'handover',
  licence_registers: 'handover',
}

const linkFor = (table: string) => (SECTION_OF[table] ? `#${SECTION_OF[table]}` : undefined)

function EngagementForProfile({ engagementId }: { engagementId: string }) {
  const profile = useCurrentProfile()
  // Only a hint for the page's wording: the database decides who may accept.
  return (
    <div className="space-y-5">
      <EngagementPage
        engagementId={engagementId}
        isApprover={profile.side === 'client' && profile.role === 'approver'}
        dutySections={{
          handover: <ClientHandover engagementId={engagementId} />,
          duties: <DutiesLedger engagementId={engagementId} linkFor={linkFor} />,
        }}
      />
      <LazyConversationPanel engagementId={engagementId} isStaff={false} />
    </div>
  )
}

/** One engagement as its client sees it, panel by panel. */
export default function ClientEngagementRoute() {
  const { engagementId = '' } = useParams()
  return (
    <RequireSide side="client">
      {isUuid(engagementId) ? (
        <EngagementForProfile key={engagementId} engagementId={engagementId} />
      ) : (
        <NotFoundPage />
      )}
    </RequireSide>
  )
}
