import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { paths } from '@/config/paths'
import { formatDateTime } from '@/lib/format'
import { useCurrentProfile } from '@/lib/profile'

import { useMyTasks, type MyTask } from '../api/get-my-tasks'
import type vi from '../locales/vi'

type ProviderKind = keyof typeof vi.myTasks.kind
const KINDS = new Set<string>([
  'assign_account_manager',
  'review_request',
  'send_quote',
  'confirm_payment',
  'start_work',
  'complete_milestone',
  'fix_rejection',
  'finish_implementation',
  'quote_change_request',
  'deliver_change_request',
  'hand_over',
  'triage_claim',
  'resolve_claim',
] satisfies ProviderKind[])
const isProviderKind = (kind: string | null): kind is ProviderKind => Boolean(kind && KINDS.has(kind))

function TaskLine({ task }: { task: MyTask }) {
  const { t } = useTranslation('board')
  const kind = isProviderKind(task.kind) ? task.kind : null
  return (
    <Link
      to={paths.engagement.getHref(task.engagement_id ?? '')}
      className="flex flex-col gap-0.5 px-3 py-2 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between"
    >
      <span>
        <span className="block font-medium text-slate-900">
          {kind ? t(`myTasks.kind.${kind}`) : t('myTasks.other')}
          {task.subject_title ? `: ${task.subject_title}` : ''}
        </span>
        <span className="block text-sm text-slate-700">
          {task.engagement_code} · {task.engagement_title}
        </span>
      </span>
      <span className="flex shrink-0 items-center gap-2 text-sm text-slate-600">
        {task.blocking && <Badge tone="warning">{t('myTasks.first')}</Badge>}
        {task.since && t('myTasks.since', { date: formatDateTime(task.since) })}
      </span>
    </Link>
  )
}

/**
 * What is this person's to do next, on every engagement: the database's list, nothing re-derived.
 * `ready` holds the request back until the board has painted its cards.
 */
export function MyTasks({ ready = true }: { ready?: boolean }) {
  const { t } = useTranslation('board')
  const profile = useCurrentProfile()
  const tasks = useMyTasks(profile.userId, ready)
  const rows = tasks.data ?? []
  return (
    <Panel id="my-tasks" title={t('myTasks.title')} description={t('myTasks.description')}>
      {/* A fixed height, loading or loaded: the board below never moves under a card being dragged. */}
      <div className="h-56 overflow-y-auto rounded-md border border-slate-200 [&>p]:p-3">
        <QueryState query={tasks} isEmpty={rows.length === 0} empty={t('myTasks.empty')}>
          <ul className="divide-y divide-slate-100">
            {rows.map((task) => (
              <li key={`${task.kind ?? ''}:${task.subject_id ?? ''}`}>
                <TaskLine task={task} />
              </li>
            ))}
          </ul>
        </QueryState>
      </div>
    </Panel>
  )
}
