import { useTranslation } from 'react-i18next'

import { Badge, type BadgeTone } from '@/components/ui/badge'

import { WARRANTY_QUEUE_NS } from '../messages'
import type { SlaStatus } from './sla'

const tones: Record<SlaStatus, BadgeTone> = {
  on_track: 'success',
  at_risk: 'warning',
  breached: 'danger',
  met: 'neutral',
  not_applicable: 'neutral',
}

export function SlaBadge({ status }: { status: SlaStatus }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  return <Badge tone={tones[status]}>{t(`sla.${status}`)}</Badge>
}
