import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { QueryState } from '@/components/ui/query-state'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { formatDate, formatDateTime } from '@/lib/format'

import { useMilestones, type Milestone } from '../api/get-milestones'
import { useMarkMilestoneDone } from '../api/mark-milestone-done'

import { useEngagementView } from './engagement-context'

function MilestoneItem({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation('client-portal')
  const view = useEngagementView()
  const markDone = useMarkMilestoneDone()
  const ours = milestone.responsible === 'client'
  const canMark =
    ours && milestone.status === 'open' && view.step === 'implementation' && view.state === 'active'
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium text-slate-900">{milestone.title}</h3>
        <Badge tone={ours ? 'warning' : 'neutral'}>{t(`milestones.${ours ? 'yours' : 'provider'}`)}</Badge>
        <Badge tone={milestone.status === 'done' ? 'success' : 'brand'}>
          {t(`milestones.status.${milestone.status === 'done' ? 'done' : 'open'}`)}
        </Badge>
      </div>
      {milestone.due_date && (
        <p className="text-sm text-slate-600">
          {t('milestones.due', { date: formatDate(milestone.due_date) })}
        </p>
      )}
      {milestone.done_at && (
        <p className="text-sm text-slate-600">
          {t('milestones.doneOn', { date: formatDateTime(milestone.done_at) })}
        </p>
      )}
      {canMark && (
        <div className="space-y-1">
          <RefusalAlert error={markDone.error} />
          <Button
            isLoading={markDone.isPending}
            onClick={() => markDone.mutate({ milestoneId: milestone.id })}
          >
            {t('milestones.markDone')}
          </Button>
        </div>
      )}
    </li>
  )
}

/** The agreed work plan (P2, C3): each side's milestones; the client marks its own done. */
export function MilestonesSection() {
  const { t } = useTranslation('client-portal')
  const view = useEngagementView()
  const milestones = useMilestones(view.engagementId)
  const rows = milestones.data ?? []
  return (
    <QueryState query={milestones} isEmpty={rows.length === 0} empty={t('milestones.none')}>
      <ul className="divide-y divide-slate-200">
        {rows.map((milestone) => (
          <MilestoneItem key={milestone.id} milestone={milestone} />
        ))}
      </ul>
    </QueryState>
  )
}
