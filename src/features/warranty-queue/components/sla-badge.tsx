import { useTranslation } from 'react-i18next'

import { WARRANTY_QUEUE_NS } from '../messages'
import type { SlaStatus } from './sla'

const tones: Record<SlaStatus, string> = {
  on_track: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  at_risk: 'bg-amber-50 text-amber-900 ring-amber-300',
  breached: 'bg-red-50 text-red-800 ring-red-200',
  met: 'bg-slate-100 text-slate-700 ring-slate-200',
  not_applicable: 'bg-slate-50 text-slate-600 ring-slate-200',
}

export function SlaBadge({ status }: { status: SlaStatus }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  return (
    <span
      className={`inline-flex rounded-full whitespace-nowrap px-2 py-0.5 text-xs font-semibold ring-1 ${tones[status]}`}
    >
      {t(`sla.${status}`)}
    </span>
  )
}
