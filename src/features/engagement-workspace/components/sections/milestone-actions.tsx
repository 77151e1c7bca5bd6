import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { RefusalAlert } from '@/components/ui/refusal-alert'

import type { Milestone } from '../../api/get-milestones'
import { useMarkMilestoneDone } from '../../api/mark-milestone-done'
import { useStartMilestone } from '../../api/start-milestone'

/**
 * What TAMS does to one of its open milestones: start the work, then mark it done. A refusal (a
 * change request not approved or not paid yet) shows under the milestone it concerns.
 */
export function MilestoneActions({
  engagementId,
  milestone,
}: {
  engagementId: string
  milestone: Milestone
}) {
  const { t } = useTranslation('engagement-workspace')
  const start = useStartMilestone(engagementId)
  const markDone = useMarkMilestoneDone(engagementId)
  if (milestone.status !== 'open') return null
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {!milestone.started_at && (
          <Button
            size="sm"
            variant="secondary"
            aria-label={t('milestones.startLabel', { title: milestone.title })}
            isLoading={start.isPending}
            onClick={() => start.mutate(milestone.id)}
          >
            {t('milestones.start')}
          </Button>
        )}
        <Button
          size="sm"
          variant="secondary"
          aria-label={t('milestones.markDoneLabel', { title: milestone.title })}
          isLoading={markDone.isPending}
          onClick={() => markDone.mutate(milestone.id)}
        >
          {t('milestones.markDone')}
        </Button>
      </div>
      <RefusalAlert error={start.error ?? markDone.error} />
    </div>
  )
}
