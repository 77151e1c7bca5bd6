import { useParams } from 'react-router'

import { NotFoundPage } from '@/components/errors/not-found-page'
import { EngagementWorkspace } from '@/features/engagement-workspace/components/engagement-workspace'
import { isUuid } from '@/lib/uuid'

/** `/engagements/:engagementId`: the engagement's workspace for provider staff. */
export default function EngagementRoute() {
  const { engagementId = '' } = useParams()
  if (!isUuid(engagementId)) return <NotFoundPage />
  return <EngagementWorkspace key={engagementId} engagementId={engagementId} />
}
