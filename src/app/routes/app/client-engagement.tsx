import { useParams } from 'react-router'

import { NotFoundPage } from '@/components/errors/not-found-page'
import { EngagementPage } from '@/features/client-portal/components/engagement-page'
import { RequireSide, useCurrentProfile } from '@/lib/profile'
import { isUuid } from '@/lib/uuid'

function EngagementForProfile({ engagementId }: { engagementId: string }) {
  const profile = useCurrentProfile()
  // Only a hint for the page's wording: the database decides who may accept.
  return (
    <EngagementPage
      engagementId={engagementId}
      isApprover={profile.side === 'client' && profile.role === 'approver'}
    />
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
