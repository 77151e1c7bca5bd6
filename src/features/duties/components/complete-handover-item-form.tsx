import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { RefusalAlert } from '@/components/ui/refusal-alert'

import {
  completeHandoverItemSchema,
  useCompleteHandoverItem,
  type CompleteHandoverItemInput,
} from '../api/complete-handover-item'
import type { HandoverItem } from '../api/get-handover-items'

/** Recording an item as handed over: how (never the secret), or for a training when, who and how long. */
export function CompleteHandoverItemForm({
  engagementId,
  item,
  onDone,
}: {
  engagementId: string
  item: HandoverItem
  onDone: () => void
}) {
  const { t } = useTranslation('duties')
  const complete = useCompleteHandoverItem(engagementId)
  const { register, handleSubmit, formState } = useForm<CompleteHandoverItemInput>({
    resolver: standardSchemaResolver(completeHandoverItemSchema),
    defaultValues: { method: '', trainingOn: '', trainingAttendees: '', trainingMinutes: '' },
  })
  const minutesError = formState.errors.trainingMinutes?.message
  const training = item.kind === 'training_session'
  return (
    <form
      noValidate
      aria-label={t('handover.completeTitle', { title: item.title })}
      className="space-y-3 rounded-md bg-slate-50 p-3"
      onSubmit={handleSubmit((input) => complete.mutate({ itemId: item.id, input }, { onSuccess: onDone }))}
    >
      {training ? (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label={t('handover.trainingOnLabel')}>
            <Input type="date" {...register('trainingOn')} />
          </Field>
          <Field label={t('handover.attendeesLabel')}>
            <Input {...register('trainingAttendees')} />
          </Field>
          <Field
            label={t('handover.minutesLabel')}
            error={minutesError ? t(minutesError as 'validation.minutesInvalid') : undefined}
          >
            <Input inputMode="numeric" {...register('trainingMinutes')} />
          </Field>
        </div>
      ) : (
        <Field label={t('handover.methodLabel')} hint={t('handover.methodHint')}>
          <Input {...register('method')} />
        </Field>
      )}
      <RefusalAlert error={complete.error} />
      <div className="flex gap-2">
        <Button type="submit" isLoading={complete.isPending}>
          {complete.isPending ? t('handover.saving') : t('handover.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('handover.cancel')}
        </Button>
      </div>
    </form>
  )
}
