import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { Select } from '@/components/ui/select'
import { paths } from '@/config/paths'
import { formatVnd } from '@/lib/format'

import { createRequestSchema, useCreateRequest, type CreateRequestInput } from '../api/create-request'
import { usePackages } from '../api/get-packages'

import { fieldError } from './form-error'

/** Step 1 from the client's side: pick an active package and describe the need. */
export function NewRequestForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation('client-portal')
  const [open, setOpen] = useState(false)
  const packages = usePackages()
  const create = useCreateRequest()
  const navigate = useNavigate()
  const { register, handleSubmit, formState, reset } = useForm<CreateRequestInput>({
    resolver: standardSchemaResolver(createRequestSchema),
    defaultValues: { packageId: '', title: '', description: '' },
  })
  if (!open) {
    return <Button onClick={() => setOpen(true)}>{t('newRequest.open')}</Button>
  }
  const submit = handleSubmit((input) => {
    create.mutate(
      { ...input, clientId },
      {
        onSuccess: (engagement) => {
          reset()
          setOpen(false)
          void navigate(paths.clientEngagement.getHref(engagement.id))
        },
      },
    )
  })
  return (
    <form
      noValidate
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h3 className="font-semibold text-slate-900">{t('newRequest.title')}</h3>
      <RefusalAlert error={create.error} />
      {packages.isError && <RefusalAlert error={packages.error} />}
      <Field label={t('newRequest.package')} error={fieldError(formState.errors.packageId)}>
        <Select {...register('packageId')}>
          <option value="">{packages.isPending ? t('common.loading') : t('newRequest.choosePackage')}</option>
          {packages.data?.map((each) => (
            <option key={each.id} value={each.id}>
              {t('newRequest.packageOption', {
                name: each.name,
                price: formatVnd(each.price_vnd),
                months: each.warranty_months,
              })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('newRequest.requestTitle')} error={fieldError(formState.errors.title)}>
        <Input {...register('title')} />
      </Field>
      <Field
        label={t('newRequest.description')}
        hint={t('newRequest.descriptionHint')}
        error={fieldError(formState.errors.description)}
      >
        <TextArea rows={5} {...register('description')} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isLoading={create.isPending}>
          {t('newRequest.submit')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
