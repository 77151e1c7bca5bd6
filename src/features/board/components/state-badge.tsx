import { Badge, type BadgeTone } from '@/components/ui/badge'
import { stateName, type EngagementState } from '@/lib/workflow'

const tones: Record<EngagementState, BadgeTone> = {
  active: 'success',
  on_hold: 'warning',
  cancelled: 'neutral',
  closed: 'neutral',
}

export function StateBadge({ state }: { state: EngagementState }) {
  return <Badge tone={tones[state]}>{stateName(state)}</Badge>
}
