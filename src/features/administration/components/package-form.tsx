import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { TextArea } from '@/components/ui/text-area'
import { formatVnd } from '@/lib/format'
import { schemaMessage } from '@/lib/i18n'

import type { AdminPackage } from '../api/get-packages'
import { packageSchema, useSavePackage, type PackageInput } from '../api/save-package'
import { ADMIN_NS } from '../messages'
import { AdminAlert } from './admin-alert'

const valuesOf = (item?: AdminPackage): PackageInput => ({
  code: item?.code ?? '',
  name: item?.name ?? '',
  description: item?.description ?? '',
  price: item ? formatVnd(item.price_vnd).replace(/\s₫$/, '') : '',
  warrantyMonths: String(item?.warranty_months ?? 12),
})

/** Name, description, price and warranty of a package; saving a new one adds it to the catalogue. */
export function PackageForm({ item, onDone }: { item?: AdminPackage; onDone: () => void }) {
  const { t } = useTranslation(ADMIN_NS)
  const save = useSavePackage()
  const form = useForm<PackageInput>({
    resolver: standardSchemaResolver(packageSchema),
    values: valuesOf(item),
  })
  const submit = form.handleSubmit((input) =>
    save.mutate({ ...input, ...(item && { packageId: item.id }) }, { onSuccess: onDone }),
  )
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label={t('packages.code')}
          error={schemaMessage(ADMIN_NS, form.formState.errors.code?.message)}
        >
          <Input {...form.register('code')} />
        </Field>
        <Field
          label={t('packages.name')}
          error={schemaMessage(ADMIN_NS, form.formState.errors.name?.message)}
        >
          <Input {...form.register('name')} />
        </Field>
        <Field
          label={t('packages.price')}
          error={schemaMessage(ADMIN_NS, form.formState.errors.price?.message)}
          hint={t('packages.priceHint')}
        >
          <Input inputMode="numeric" {...form.register('price')} />
        </Field>
        <Field
          label={t('packages.warrantyMonths')}
          error={schemaMessage(ADMIN_NS, form.formState.errors.warrantyMonths?.message)}
        >
          <Input inputMode="numeric" {...form.register('warrantyMonths')} />
        </Field>
      </div>
      <Field label={t('packages.description')}>
        <TextArea rows={3} {...form.register('description')} />
      </Field>
      <AdminAlert error={save.error} />
      <div className="flex gap-2">
        <Button type="submit" isLoading={save.isPending}>
          {item ? t('save') : t('packages.create')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  )
}
