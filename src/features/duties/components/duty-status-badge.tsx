import { Badge, type BadgeTone } from '@/components/ui/badge'
import { dutyStatusName, type DutyStatus } from '@/lib/workflow'

const TONE: Record<DutyStatus, BadgeTone> = { met: 'success', open: 'warning', not_applicable: 'neutral' }

export function DutyStatusBadge({ status }: { status: DutyStatus }) {
  return <Badge tone={TONE[status]}>{dutyStatusName(status)}</Badge>
}
