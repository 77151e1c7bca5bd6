import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { schemaMessage } from '@/lib/i18n'

import type { AdminClient } from '../api/get-clients'
import { useStaff } from '../api/get-staff'
import { clientSchema, useSaveClient, type ClientInput } from '../api/save-client'
import { ADMIN_NS } from '../messages'
import { AdminAlert } from './admin-alert'

type Props = { client?: AdminClient; disabled: boolean; onSaved?: (clientId: string) => void }

const valuesOf = (client?: AdminClient): ClientInput => ({
  name: client?.name ?? '',
  taxCode: client?.tax_code ?? '',
  address: client?.address ?? '',
  phone: client?.contact_phone ?? '',
  email: client?.contact_email ?? '',
  defaultAccountManagerId: client?.default_account_manager_id ?? '',
})

/** A client's legal details and default account manager; admins save, managers read. */
export function ClientForm({ client, disabled, onSaved }: Props) {
  const { t } = useTranslation(ADMIN_NS)
  const [saved, setSaved] = useState(false)
  const save = useSaveClient()
  const staff = useStaff()
  const form = useForm<ClientInput>({
    resolver: standardSchemaResolver(clientSchema),
    values: valuesOf(client),
  })
  const submit = form.handleSubmit((input) =>
    save.mutate(
      { ...input, ...(client && { clientId: client.id }) },
      {
        onSuccess: (row) => {
          setSaved(true)
          onSaved?.(row.id)
        },
      },
    ),
  )
  const accountManagers = (staff.data ?? []).filter((member) => member.active)
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <fieldset disabled={disabled} className="grid gap-3 sm:grid-cols-2">
        <Field label={t('clients.name')} error={schemaMessage(ADMIN_NS, form.formState.errors.name?.message)}>
          <Input {...form.register('name')} />
        </Field>
        <Field label={t('clients.taxCode')}>
          <Input {...form.register('taxCode')} />
        </Field>
        <Field label={t('clients.address')}>
          <Input {...form.register('address')} />
        </Field>
        <Field label={t('clients.phone')}>
          <Input type="tel" {...form.register('phone')} />
        </Field>
        <Field
          label={t('clients.email')}
          error={schemaMessage(ADMIN_NS, form.formState.errors.email?.message)}
        >
          <Input type="email" {...form.register('email')} />
        </Field>
        <Field label={t('clients.defaultAccountManager')}>
          <Select {...form.register('defaultAccountManagerId')}>
            <option value="">{t('clients.noDefaultAccountManager')}</option>
            {accountManagers.map((member) => (
              <option key={member.user_id} value={member.user_id}>
                {member.full_name}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <AdminAlert error={save.error} />
      {saved && !save.isPending && !save.error && <Alert tone="info">{t('saved')}</Alert>}
      {!disabled && (
        <Button type="submit" isLoading={save.isPending}>
          {client ? t('save') : t('clients.create')}
        </Button>
      )}
    </form>
  )
}
