import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { Select } from '@/components/ui/select'
import { useCompanySettings, type CompanySettings } from '@/lib/company-settings'
import { schemaMessage } from '@/lib/i18n'

import {
  companySettingsSchema,
  useSaveCompanySettings,
  type CompanySettingsInput,
} from '../api/save-company-settings'
import { ADMIN_NS } from '../messages'
import { AdminAlert } from './admin-alert'
import { COMMON_BANKS } from './banks'
import { useAdminAccess } from './use-admin-access'

const valuesOf = (row: CompanySettings): CompanySettingsInput => ({
  legalName: row.legal_name,
  taxCode: row.tax_code,
  address: row.address,
  phone: row.phone,
  email: row.email,
  bankBin: row.bank_bin,
  bankName: row.bank_name,
  bankAccountNumber: row.bank_account_number,
  bankAccountName: row.bank_account_name,
  vatRatePercent: String(row.vat_rate_percent),
})

function SettingsForm({ row, canEdit }: { row: CompanySettings; canEdit: boolean }) {
  const { t } = useTranslation(ADMIN_NS)
  const [saved, setSaved] = useState(false)
  const save = useSaveCompanySettings()
  const form = useForm<CompanySettingsInput>({
    resolver: standardSchemaResolver(companySettingsSchema),
    values: valuesOf(row),
  })
  const errors = form.formState.errors
  const pickBank = (bin: string) => {
    const bank = COMMON_BANKS.find((option) => option.bin === bin)
    if (bank) form.setValue('bankName', bank.name, { shouldDirty: true })
  }
  const submit = form.handleSubmit((input) => save.mutate(input, { onSuccess: () => setSaved(true) }))
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <fieldset disabled={!canEdit} className="space-y-6">
        <Panel title={t('settings.company')}>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t('settings.legalName')} error={schemaMessage(ADMIN_NS, errors.legalName?.message)}>
              <Input {...form.register('legalName')} />
            </Field>
            <Field label={t('settings.taxCode')}>
              <Input {...form.register('taxCode')} />
            </Field>
            <Field label={t('settings.address')}>
              <Input {...form.register('address')} />
            </Field>
            <Field label={t('settings.phone')}>
              <Input type="tel" {...form.register('phone')} />
            </Field>
            <Field label={t('settings.email')} error={schemaMessage(ADMIN_NS, errors.email?.message)}>
              <Input type="email" {...form.register('email')} />
            </Field>
            <Field
              label={t('settings.vatRate')}
              error={schemaMessage(ADMIN_NS, errors.vatRatePercent?.message)}
            >
              <Input inputMode="decimal" {...form.register('vatRatePercent')} />
            </Field>
          </div>
        </Panel>
        <Panel title={t('settings.bank')} description={t('settings.bankHint')}>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t('settings.bankBin')} error={schemaMessage(ADMIN_NS, errors.bankBin?.message)}>
              <Select
                {...form.register('bankBin', { onChange: (event) => pickBank(String(event.target.value)) })}
              >
                <option value="">{t('settings.noBank')}</option>
                {!COMMON_BANKS.some((bank) => bank.bin === row.bank_bin) && row.bank_bin && (
                  <option value={row.bank_bin}>{row.bank_bin}</option>
                )}
                {COMMON_BANKS.map((bank) => (
                  <option key={bank.bin} value={bank.bin}>
                    {bank.bin} – {bank.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('settings.bankName')}>
              <Input {...form.register('bankName')} />
            </Field>
            <Field
              label={t('settings.accountNumber')}
              error={schemaMessage(ADMIN_NS, errors.bankAccountNumber?.message)}
            >
              <Input {...form.register('bankAccountNumber')} />
            </Field>
            <Field label={t('settings.accountName')}>
              <Input {...form.register('bankAccountName')} />
            </Field>
          </div>
        </Panel>
      </fieldset>
      <AdminAlert error={save.error} />
      {saved && !save.isPending && !save.error && <Alert tone="info">{t('saved')}</Alert>}
      {canEdit && (
        <Button type="submit" isLoading={save.isPending}>
          {t('save')}
        </Button>
      )}
    </form>
  )
}

/** The provider's one settings row: legal details, the bank account clients pay into, the VAT rate. */
export function SettingsPage() {
  const { canEdit } = useAdminAccess()
  const settings = useCompanySettings()
  return <QueryState query={settings}>{(row) => <SettingsForm row={row} canEdit={canEdit} />}</QueryState>
}
