import { useForm } from 'react-hook-form'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ParseKeys } from 'i18next'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'

import { writtenRequestSchema, type WrittenRequest } from '../api/written-request'

import { useEngagementView } from './engagement-context'
import { fieldError } from './form-error'

type PortalKey = ParseKeys<'client-portal'>

type WrittenRequestFormProps = {
  /** Translation keys of the `client-portal` namespace. */
  labels: {
    heading: PortalKey
    title: PortalKey
    description: PortalKey
    descriptionHint?: PortalKey
    submit: PortalKey
  }
  action: UseMutationResult<unknown, Error, WrittenRequest & { engagementId: string }>
  variant?: 'primary' | 'secondary'
}

/** A request the client makes in writing (a change, a warranty claim): title and description. */
export function WrittenRequestForm({ labels, action, variant = 'primary' }: WrittenRequestFormProps) {
  const { t } = useTranslation('client-portal')
  const { engagementId } = useEngagementView()
  const { register, handleSubmit, formState, reset } = useForm<WrittenRequest>({
    resolver: standardSchemaResolver(writtenRequestSchema),
    defaultValues: { title: '', description: '' },
  })
  return (
    <form
      noValidate
      className="space-y-3 rounded-md border border-slate-200 p-3"
      onSubmit={handleSubmit((input) =>
        action.mutate({ engagementId, ...input }, { onSuccess: () => reset() }),
      )}
    >
      <h3 className="font-medium text-slate-900">{t(labels.heading)}</h3>
      <RefusalAlert error={action.error} />
      <Field label={t(labels.title)} error={fieldError(formState.errors.title)}>
        <Input {...register('title')} />
      </Field>
      <Field
        label={t(labels.description)}
        hint={labels.descriptionHint ? t(labels.descriptionHint) : undefined}
        error={fieldError(formState.errors.description)}
      >
        <TextArea {...register('description')} />
      </Field>
      <Button type="submit" variant={variant} isLoading={action.isPending}>
        {t(labels.submit)}
      </Button>
    </form>
  )
}
