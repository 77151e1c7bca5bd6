import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { Select } from '@/components/ui/select'

import {
  HANDOVER_KINDS,
  addHandoverItemSchema,
  useAddHandoverItem,
  type AddHandoverItemInput,
} from '../api/add-handover-item'

export function AddHandoverItemForm({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('duties')
  const add = useAddHandoverItem(engagementId)
  const { register, handleSubmit, formState, reset } = useForm<AddHandoverItemInput>({
    resolver: standardSchemaResolver(addHandoverItemSchema),
    defaultValues: { kind: 'source_code', title: '', required: true },
  })
  const titleError = formState.errors.title?.message
  return (
    <Panel level={3} title={t('handover.formTitle')}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={handleSubmit((values) => add.mutate(values, { onSuccess: () => reset() }))}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t('handover.kindLabel')}>
            <Select {...register('kind')}>
              {HANDOVER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`handover.kind.${kind}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t('handover.titleLabel')}
            error={titleError ? t(titleError as 'validation.titleRequired') : undefined}
          >
            <Input {...register('title')} />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="size-4" {...register('required')} />
          {t('handover.requiredLabel')}
        </label>
        <RefusalAlert error={add.error} />
        {add.isSuccess && <Alert tone="info">{t('handover.added', { title: add.data.title })}</Alert>}
        <Button type="submit" isLoading={add.isPending}>
          {add.isPending ? t('handover.adding') : t('handover.add')}
        </Button>
      </form>
    </Panel>
  )
}
