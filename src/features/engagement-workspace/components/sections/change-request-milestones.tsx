import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { formatDate } from '@/lib/format'

import {
  addChangeRequestMilestoneSchema,
  useAddChangeRequestMilestone,
} from '../../api/add-change-request-milestone'
import type { ChangeRequest } from '../../api/get-change-requests'
import { useMilestones } from '../../api/get-milestones'
import { formatCalendarDate } from '../../utils/date-input'
import { MilestoneActions } from './milestone-actions'

type Props = { engagementId: string; request: ChangeRequest }

/** C6: the change's work as milestones; the database says, in words, when one may not be done yet. */
export function ChangeRequestMilestones({ engagementId, request }: Props) {
  const { t } = useTranslation('engagement-workspace')
  const milestones = useMilestones(engagementId)
  const rows = (milestones.data ?? []).filter((milestone) => milestone.change_request_id === request.id)
  const open = request.status !== 'rejected' && request.status !== 'done'
  if (rows.length === 0 && !open) return null
  return (
    <section
      aria-label={t('changes.milestonesOf', { title: request.title })}
      className="space-y-2 rounded-md border border-slate-200 p-3"
    >
      <p className="text-sm font-semibold text-slate-900">{t('changes.milestones')}</p>
      {rows.length === 0 && <p className="text-sm text-slate-600">{t('changes.noMilestones')}</p>}
      <ul className="space-y-2">
        {rows.map((milestone) => (
          <li key={milestone.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="flex flex-wrap items-center gap-2 text-slate-900">
              {milestone.title}
              <Badge tone={milestone.status === 'done' ? 'success' : 'warning'}>
                {t(`milestones.status.${milestone.status}`)}
              </Badge>
              <span className="text-xs text-slate-600">
                {milestone.due_date
                  ? t('milestones.due', { date: formatCalendarDate(milestone.due_date) })
                  : t('milestones.noDue')}
                {milestone.started_at &&
                  ` · ${t('milestones.startedAt', { date: formatDate(milestone.started_at) })}`}
                {milestone.done_at && ` · ${t('milestones.doneAt', { date: formatDate(milestone.done_at) })}`}
              </span>
            </span>
            <MilestoneActions engagementId={engagementId} milestone={milestone} />
          </li>
        ))}
      </ul>
      {open && <AddMilestoneForm engagementId={engagementId} request={request} />}
    </section>
  )
}

type AddValues = { title: string; dueOn: string }

function AddMilestoneForm({ engagementId, request }: Props) {
  const { t } = useTranslation('engagement-workspace')
  const add = useAddChangeRequestMilestone(engagementId)
  const { register, handleSubmit, formState, reset } = useForm<AddValues>({
    resolver: standardSchemaResolver(addChangeRequestMilestoneSchema),
    defaultValues: { title: '', dueOn: '' },
  })
  const message = (text: string | undefined) => (text ? t(text as 'validation.dateInvalid') : undefined)
  return (
    <form
      noValidate
      aria-label={t('changes.addMilestoneTitle', { title: request.title })}
      className="space-y-2"
      onSubmit={handleSubmit((values) =>
        add.mutate({ ...values, changeRequestId: request.id }, { onSuccess: () => reset() }),
      )}
    >
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label={t('changes.milestoneTitle')} error={message(formState.errors.title?.message)}>
          <Input {...register('title')} />
        </Field>
        <Field label={t('changes.milestoneDue')} error={message(formState.errors.dueOn?.message)}>
          <Input inputMode="numeric" placeholder="dd/MM/yyyy" {...register('dueOn')} />
        </Field>
      </div>
      <RefusalAlert error={add.error} />
      <Button type="submit" size="sm" variant="secondary" isLoading={add.isPending}>
        {t('changes.addMilestone')}
      </Button>
    </form>
  )
}
