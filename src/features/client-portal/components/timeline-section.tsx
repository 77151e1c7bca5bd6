import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

import { QueryState } from '@/components/ui/query-state'
import { formatDateTime } from '@/lib/format'
import { isStep, stepName } from '@/lib/workflow'

import { usePeople } from '../api/get-people'
import { useTimeline, type TimelineEvent } from '../api/get-timeline'

import { useEngagementView } from './engagement-context'

function describe(event: TimelineEvent, t: TFunction<'client-portal'>): string {
  const from = isStep(event.from_step) ? stepName(event.from_step) : ''
  const to = isStep(event.to_step) ? stepName(event.to_step) : ''
  return t(`timeline.kind.${event.kind}`, { from, to, defaultValue: t('timeline.other') })
}

/** The history meant for the client (internal events are never asked for). */
export function TimelineSection() {
  const { t } = useTranslation('client-portal')
  const { engagementId } = useEngagementView()
  const timeline = useTimeline(engagementId)
  const people = usePeople()
  const rows = timeline.data ?? []
  return (
    <QueryState query={timeline} failure="boundary" isEmpty={rows.length === 0} empty={t('timeline.none')}>
      <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
        {rows.map((event) => {
          const actor = event.actor_id ? people.data?.get(event.actor_id) : undefined
          return (
            <li key={event.id} className="text-sm">
              <p className="font-medium text-slate-900">{describe(event, t)}</p>
              {event.note && <p className="text-slate-700">{event.note}</p>}
              <p className="text-slate-600">
                {formatDateTime(event.created_at)}
                {' · '}
                {actor ? actor.name : t('timeline.providerStaff')}
              </p>
            </li>
          )
        })}
      </ol>
    </QueryState>
  )
}
