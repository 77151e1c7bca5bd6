import { useParams } from 'react-router'

import { LazyConversationPanel } from '@/features/conversations/components/lazy-conversation-panel'
import { EngagementWorkspace } from '@/features/engagement-workspace/components/engagement-workspace'

/** `/engagements/:engagementId`: the engagement's workspace for provider staff, its conversation below. */
export default function EngagementRoute() {
  const { engagementId = '' } = useParams()
  return (
    <div key={engagementId} className="space-y-6">
      <EngagementWorkspace engagementId={engagementId} />
      <LazyConversationPanel engagementId={engagementId} isStaff />
    </div>
  )
}
