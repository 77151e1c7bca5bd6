import * as z from 'zod/mini'

import { companySettingsKeys } from '@/lib/company-settings'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { administrationKeys } from './keys'
import { requireChanged } from './not-changed'

/** Messages are keys of the `administration` namespace; the checks are the table's own. */
export const companySettingsSchema = z.object({
  legalName: z.string().check(z.trim(), z.minLength(1, 'settings.legalNameRequired')),
  taxCode: z.string().check(z.trim()),
  address: z.string().check(z.trim()),
  phone: z.string().check(z.trim()),
  email: z.union([z.literal(''), z.email('settings.emailInvalid')]),
  bankBin: z.string().check(z.regex(/^([0-9]{6})?$/, 'settings.bankBinInvalid')),
  bankName: z.string().check(z.trim()),
  bankAccountNumber: z
    .string()
    .check(z.trim(), z.regex(/^[0-9A-Za-z]{0,19}$/, 'settings.accountNumberInvalid')),
  bankAccountName: z.string().check(z.trim()),
  vatRatePercent: z.string().check(z.regex(/^(100|[0-9]{1,2})([.,][0-9]{1,2})?$/, 'settings.vatInvalid')),
})

export type CompanySettingsInput = z.infer<typeof companySettingsSchema>

/** The one settings row; RLS lets only admins change it, and the client view's transfer details follow. */
export async function saveCompanySettings(input: CompanySettingsInput) {
  const { data, error } = await supabase
    .from('company_settings')
    .update({
      legal_name: input.legalName,
      tax_code: input.taxCode,
      address: input.address,
      phone: input.phone,
      email: input.email,
      bank_bin: input.bankBin,
      bank_name: input.bankName,
      bank_account_number: input.bankAccountNumber,
      bank_account_name: input.bankAccountName,
      vat_rate_percent: Number(input.vatRatePercent.replace(',', '.')),
    })
    .eq('id', true)
    .select('id')
  if (error) throw error
  return requireChanged(data)
}

export function useSaveCompanySettings() {
  return useInvalidatingMutation({
    mutationFn: saveCompanySettings,
    invalidates: () => [companySettingsKeys.all, administrationKeys.all],
  })
}
