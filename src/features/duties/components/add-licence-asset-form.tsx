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
  LICENCE_HOLDERS,
  LICENCE_KINDS,
  addLicenceAssetSchema,
  useAddLicenceAsset,
  type AddLicenceAssetInput,
} from '../api/add-licence-asset'

type ErrorKey = 'validation.nameRequired'

export function AddLicenceAssetForm({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('duties')
  const add = useAddLicenceAsset(engagementId)
  const { register, handleSubmit, formState, reset } = useForm<AddLicenceAssetInput>({
    resolver: standardSchemaResolver(addLicenceAssetSchema),
    defaultValues: {
      kind: 'font',
      name: '',
      licence: '',
      source: '',
      holder: 'client',
      cost: '',
      expiresOn: '',
    },
  })
  const error = (field: keyof AddLicenceAssetInput) => {
    const message = formState.errors[field]?.message
    return message ? t(message as ErrorKey) : undefined
  }
  return (
    <Panel level={3} title={t('licences.formTitle')}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={handleSubmit((values) => add.mutate(values, { onSuccess: () => reset() }))}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t('licences.kindLabel')}>
            <Select {...register('kind')}>
              {LICENCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`licences.kind.${kind}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('licences.name')} error={error('name')}>
            <Input {...register('name')} />
          </Field>
          <Field label={t('licences.licence')} error={error('licence')}>
            <Input {...register('licence')} />
          </Field>
          <Field label={t('licences.source')} error={error('source')}>
            <Input {...register('source')} />
          </Field>
          <Field label={t('licences.holderLabel')}>
            <Select {...register('holder')}>
              {LICENCE_HOLDERS.map((holder) => (
                <option key={holder} value={holder}>
                  {t(`licences.holder.${holder}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('licences.costLabel')} error={error('cost')}>
            <Input inputMode="numeric" placeholder="0" {...register('cost')} />
          </Field>
          <Field label={t('licences.expiresLabel')}>
            <Input type="date" {...register('expiresOn')} />
          </Field>
        </div>
        <RefusalAlert error={add.error} />
        {add.isSuccess && <Alert tone="info">{t('licences.added', { name: add.data.name })}</Alert>}
        <Button type="submit" isLoading={add.isPending}>
          {add.isPending ? t('licences.adding') : t('licences.add')}
        </Button>
      </form>
    </Panel>
  )
}
