import { SectionBoundary } from '@/components/errors/section-boundary'
import { LazyConversationPanel } from '@/features/conversations/components/lazy-conversation-panel'
import { WarrantyPage } from '@/features/warranty-queue/components/warranty-page'
import type { ClaimThread } from '@/features/warranty-queue/components/claim-thread'

/** Each claim's own thread, staff-side (internal notes allowed), under its actions. */
const claimThread: ClaimThread = (claim) =>
  claim.engagement_id && claim.id ? (
    <LazyConversationPanel
      engagementId={claim.engagement_id}
      isStaff
      thread={{ topic: 'warranty_claim', topicId: claim.id, title: claim.title ?? '' }}
    />
  ) : null

export default function WarrantyRoute() {
  return (
    <SectionBoundary>
      <WarrantyPage claimThread={claimThread} />
    </SectionBoundary>
  )
}
