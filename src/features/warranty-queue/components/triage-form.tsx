import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { schemaMessage } from '@/lib/i18n'

import type { QueueClaim } from '../api/get-warranty-queue'
import { triageSchema, useTriageClaim, type TriageInput } from '../api/triage-claim'
import { refusalText, WARRANTY_QUEUE_NS } from '../messages'
import { AssigneeSelect } from './assignee-select'
import { PRIORITIES, SLA_HOURS } from './options'
import { formatHours } from './format-hours'

const controlClass = 'h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900'

/** Coverage and priority (due times follow) and the assignee, in one database call. */
export function TriageForm({ claim }: { claim: QueueClaim }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const [done, setDone] = useState(false)
  const triage = useTriageClaim()
  const form = useForm<TriageInput>({
    resolver: standardSchemaResolver(triageSchema),
    defaultValues: {
      coverage: claim.coverage === 'out_of_warranty' ? 'out_of_warranty' : 'in_warranty',
      priority: claim.priority ?? 'normal',
      assignedTo: claim.assigned_to ?? '',
      note: '',
    },
  })
  const priority = useWatch({ control: form.control, name: 'priority' })
  const hours = SLA_HOURS[priority]
  const submit = form.handleSubmit((input) =>
    triage.mutate({ ...input, claimId: claim.id ?? '' }, { onSuccess: () => setDone(true) }),
  )
  const error = (message: string | undefined) => schemaMessage(WARRANTY_QUEUE_NS, message)
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <h3 className="text-base font-semibold text-slate-900">{t('triage.title')}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('triage.coverage')} error={error(form.formState.errors.coverage?.message)}>
          <select className={controlClass} {...form.register('coverage')}>
            <option value="in_warranty">{t('coverage.in_warranty')}</option>
            <option value="out_of_warranty">{t('coverage.out_of_warranty')}</option>
          </select>
        </Field>
        <Field
          label={t('triage.priority')}
          error={error(form.formState.errors.priority?.message)}
          hint={t('triage.dueHint', {
            response: formatHours(hours.response),
            resolution: formatHours(hours.resolution),
          })}
        >
          <select className={controlClass} {...form.register('priority')}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Controller
        control={form.control}
        name="assignedTo"
        render={({ field }) => (
          <Field label={t('triage.assignee')}>
            <AssigneeSelect claimIds={[claim.id ?? '']} value={field.value} onChange={field.onChange} />
          </Field>
        )}
      />
      <Field label={t('triage.note')}>
        <textarea
          rows={2}
          className="w-full rounded-md border border-slate-300 p-2 text-sm"
          {...form.register('note')}
        />
      </Field>
      {triage.isError && <Alert>{refusalText(triage.error)}</Alert>}
      {done && !triage.isPending && <Alert tone="info">{t('triage.done')}</Alert>}
      <Button type="submit" isLoading={triage.isPending}>
        {t('triage.submit')}
      </Button>
    </form>
  )
}
