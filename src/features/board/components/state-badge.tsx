import { stateName, type EngagementState } from '@/lib/workflow'

const tones: Record<EngagementState, string> = {
  active: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  on_hold: 'bg-amber-50 text-amber-900 ring-amber-300',
  cancelled: 'bg-slate-100 text-slate-700 ring-slate-300',
  closed: 'bg-slate-100 text-slate-700 ring-slate-300',
}

export function StateBadge({ state }: { state: EngagementState }) {
  return (
    <span
      className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tones[state]}`}
    >
      {stateName(state)}
    </span>
  )
}
