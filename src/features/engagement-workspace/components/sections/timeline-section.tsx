import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { formatDateTime } from '@/lib/format'
import { isStep, stepName } from '@/lib/workflow'

import { useEvents, type EngagementEvent } from '../../api/get-events'
import { usePersonName } from '../use-people'

export function TimelineSection({
  engagementId,
  clientId,
}: {
  engagementId: string
  clientId: string | null
}) {
  const { t, i18n } = useTranslation('engagement-workspace')
  const events = useEvents(engagementId)
  const personName = usePersonName(clientId)
  const title = (event: EngagementEvent) =>
    i18n.exists(`event.${event.kind}`, { ns: 'engagement-workspace' })
      ? t(`event.${event.kind}` as 'event.other')
      : t('event.other', { kind: event.kind })
  return (
    <Panel level={3} title={t('timeline.title')}>
      <QueryState query={events}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState>{t('timeline.empty')}</EmptyState>
          ) : (
            <ol className="space-y-3">
              {rows.map((event) => (
                <li key={event.id} className="border-l-2 border-brand-200 pl-3">
                  <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                    {title(event)}
                    {isStep(event.from_step) && isStep(event.to_step) && (
                      <span className="font-normal text-slate-700">
                        {stepName(event.from_step)} → {stepName(event.to_step)}
                      </span>
                    )}
                    {!event.visible_to_client && <Badge tone="warning">{t('common.internal')}</Badge>}
                  </p>
                  <p className="text-xs text-slate-600">
                    <time dateTime={event.created_at}>{formatDateTime(event.created_at)}</time> ·{' '}
                    {t('common.by', { name: personName(event.actor_id) })}
                  </p>
                  {event.note && (
                    <p className="mt-1 text-sm text-slate-700">{t('timeline.note', { note: event.note })}</p>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </Panel>
  )
}
