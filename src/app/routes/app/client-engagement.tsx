import { useParams } from 'react-router'

import { EngagementPage } from '@/features/client-portal/components/engagement-page'
import { LazyConversationPanel } from '@/features/conversations/components/lazy-conversation-panel'
import { RequireSide, useCurrentProfile } from '@/lib/profile'

function EngagementForProfile({ engagementId }: { engagementId: string }) {
  const profile = useCurrentProfile()
  // Only a hint for the page's wording: the database decides who may accept.
  return (
    <div className="space-y-5">
      <EngagementPage
        engagementId={engagementId}
        isApprover={profile.side === 'client' && profile.role === 'approver'}
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
      <EngagementForProfile key={engagementId} engagementId={engagementId} />
    </RequireSide>
  )
}
