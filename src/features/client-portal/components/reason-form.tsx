import { useForm } from 'react-hook-form'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useTranslation } from 'react-i18next'
import type * as z from 'zod/mini'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { TextArea } from '@/components/ui/text-area'

import { fieldError } from './form-error'

type ReasonSchema = z.ZodMiniObject<{ [key: string]: z.ZodMiniType<string> }>

/**
 * One required text (a reason, an answer), validated by the mutation's own schema, whose single
 * field is named by `field`.
 */
export function ReasonForm<Field extends string>({
  schema,
  field,
  label,
  submitLabel,
  isPending,
  onSubmit,
  onCancel,
}: {
  schema: ReasonSchema
  field: Field
  label: string
  submitLabel: string
  isPending: boolean
  onSubmit: (text: string) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation('client-portal')
  const { register, handleSubmit, formState } = useForm<Record<string, string>>({
    resolver: standardSchemaResolver(schema),
    defaultValues: { [field]: '' },
  })
  return (
    <form noValidate onSubmit={handleSubmit((values) => onSubmit(values[field] ?? ''))} className="space-y-3">
      <Field label={label} error={fieldError(formState.errors[field])}>
        <TextArea {...register(field)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" isLoading={isPending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}
