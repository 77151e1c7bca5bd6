import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'

import { schemaMessage } from '@/lib/i18n'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { Input } from '@/components/ui/input'

import { escalateSchema, useEscalateClaim, type EscalateInput } from '../api/escalate-claim'
import type { QueueClaim } from '../api/get-warranty-queue'
import { WARRANTY_QUEUE_NS } from '../messages'
import { PRIORITIES } from './options'

/** Raise the priority one level, with a reason; the database moves the due times. */
export function EscalateForm({ claim }: { claim: QueueClaim }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const [done, setDone] = useState(false)
  const escalate = useEscalateClaim()
  const form = useForm<EscalateInput>({
    resolver: standardSchemaResolver(escalateSchema),
    defaultValues: { reason: '' },
  })
  const index = PRIORITIES.indexOf(claim.priority ?? 'normal')
  const next = index > 0 ? PRIORITIES[index - 1] : undefined
  const submit = form.handleSubmit((input) =>
    escalate.mutate(
      { ...input, claimId: claim.id ?? '' },
      { onSuccess: () => (setDone(true), form.reset()) },
    ),
  )
  const error = form.formState.errors.reason?.message
  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <h3 className="text-base font-semibold text-slate-900">{t('escalate.title')}</h3>
      {next ? (
        <>
          <Field label={t('escalate.reason')} error={schemaMessage(WARRANTY_QUEUE_NS, error)}>
            <Input {...form.register('reason')} />
          </Field>
          <RefusalAlert error={escalate.error} where="warrantyQueue" />
          {done && <Alert tone="info">{t('escalate.done')}</Alert>}
          <Button type="submit" variant="secondary" isLoading={escalate.isPending}>
            {t('escalate.submit', { priority: t(`priority.${next}`) })}
          </Button>
        </>
      ) : (
        <p className="text-sm text-slate-600">{t('escalate.critical')}</p>
      )}
    </form>
  )
}
