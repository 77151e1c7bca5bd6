import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { schemaMessage } from '@/lib/i18n'

import { askClientSchema, useAskClient, type AskClientInput } from '../api/ask-client'
import type { QueueClaim } from '../api/get-warranty-queue'
import { WARRANTY_QUEUE_NS } from '../messages'

/** The assignee (or a manager) asks the client; the claim then waits on the client's answer. */
export function AskClientForm({ claim }: { claim: QueueClaim }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const ask = useAskClient()
  const form = useForm<AskClientInput>({
    resolver: standardSchemaResolver(askClientSchema),
    defaultValues: { question: '' },
  })
  const submit = form.handleSubmit((input) =>
    ask.mutate({ ...input, claimId: claim.id ?? '' }, { onSuccess: () => form.reset() }),
  )
  const error = form.formState.errors.question?.message
  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <Field label={t('ask.question')} hint={t('ask.hint')} error={schemaMessage(WARRANTY_QUEUE_NS, error)}>
        <TextArea rows={2} {...form.register('question')} />
      </Field>
      <RefusalAlert error={ask.error} where="warrantyQueue" />
      {ask.isSuccess && <Alert tone="info">{t('ask.done')}</Alert>}
      <Button type="submit" variant="secondary" isLoading={ask.isPending}>
        {t('ask.submit')}
      </Button>
    </form>
  )
}
