import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { Select } from '@/components/ui/select'
import { TextArea } from '@/components/ui/text-area'
import { schemaMessage } from '@/lib/i18n'

import { useSlaWindows } from '../api/get-sla-windows'
import type { QueueClaim } from '../api/get-warranty-queue'
import { triageSchema, useTriageClaim, type TriageInput } from '../api/triage-claim'
import { WARRANTY_QUEUE_NS } from '../messages'
import { AssigneeSelect } from './assignee-select'
import { PRIORITIES } from './options'
import { formatHours } from './format-hours'

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
  const windows = useSlaWindows()
  const hours = windows.data?.find((window) => window.priority === priority)
  const submit = form.handleSubmit((input) =>
    triage.mutate({ ...input, claimId: claim.id ?? '' }, { onSuccess: () => setDone(true) }),
  )
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <h3 className="text-base font-semibold text-slate-900">{t('triage.title')}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label={t('triage.coverage')}
          error={schemaMessage(WARRANTY_QUEUE_NS, form.formState.errors.coverage?.message)}
        >
          <Select {...form.register('coverage')}>
            <option value="in_warranty">{t('coverage.in_warranty')}</option>
            <option value="out_of_warranty">{t('coverage.out_of_warranty')}</option>
          </Select>
        </Field>
        <Field
          label={t('triage.priority')}
          error={schemaMessage(WARRANTY_QUEUE_NS, form.formState.errors.priority?.message)}
          hint={
            hours
              ? t('triage.dueHint', {
                  response: formatHours(hours.response_hours),
                  resolution: formatHours(hours.resolution_hours),
                })
              : undefined
          }
        >
          <Select {...form.register('priority')}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </Select>
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
        <TextArea rows={2} {...form.register('note')} />
      </Field>
      <RefusalAlert error={triage.error} where="warrantyQueue" />
      {done && !triage.isPending && <Alert tone="info">{t('triage.done')}</Alert>}
      <Button type="submit" isLoading={triage.isPending}>
        {t('triage.submit')}
      </Button>
    </form>
  )
}
