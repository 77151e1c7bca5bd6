import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { companySettingsKeys } from './keys'

/** The provider's legal details, bank account and VAT rate (one row; RLS lets staff and client users read it). */
export async function getCompanySettings() {
  const { data, error } = await supabase
    .from('company_settings')
    .select(
      'legal_name, tax_code, address, phone, email, bank_bin, bank_name, bank_account_number, bank_account_name, vat_rate_percent, updated_at',
    )
    .single()
  if (error) throw error
  return data
}

export type CompanySettings = Awaited<ReturnType<typeof getCompanySettings>>

export const getCompanySettingsQueryOptions = () =>
  queryOptions({ queryKey: companySettingsKeys.all, queryFn: getCompanySettings, staleTime: 5 * 60_000 })

export function useCompanySettings() {
  return useQuery(getCompanySettingsQueryOptions())
}
