import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'

import { schemaMessage } from '@/lib/i18n'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'

import type { QueueClaim } from '../api/get-warranty-queue'
import { resolveSchema, useResolveClaim, type ResolveInput } from '../api/resolve-claim'
import { WARRANTY_QUEUE_NS } from '../messages'

/** The assignee (or a manager) records what was fixed; the client then confirms or reopens. */
export function ResolveForm({ claim, onResolved }: { claim: QueueClaim; onResolved?: () => void }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const resolve = useResolveClaim()
  const form = useForm<ResolveInput>({
    resolver: standardSchemaResolver(resolveSchema),
    defaultValues: { resolution: '' },
  })
  const submit = form.handleSubmit((input) =>
    resolve.mutate({ ...input, claimId: claim.id ?? '' }, { onSuccess: () => onResolved?.() }),
  )
  const error = form.formState.errors.resolution?.message
  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <Field label={t('resolve.resolution')} error={schemaMessage(WARRANTY_QUEUE_NS, error)}>
        <TextArea {...form.register('resolution')} />
      </Field>
      <RefusalAlert error={resolve.error} where="warrantyQueue" />
      {resolve.isSuccess && <Alert tone="info">{t('resolve.done')}</Alert>}
      <Button type="submit" isLoading={resolve.isPending}>
        {t('resolve.submit')}
      </Button>
    </form>
  )
}
