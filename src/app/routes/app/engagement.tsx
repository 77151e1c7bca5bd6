import { useParams } from 'react-router'

import { EngagementWorkspace } from '@/features/engagement-workspace/components/engagement-workspace'

/** `/engagements/:engagementId`: the engagement's workspace for provider staff. */
export default function EngagementRoute() {
  const { engagementId = '' } = useParams()
  return <EngagementWorkspace key={engagementId} engagementId={engagementId} />
}
