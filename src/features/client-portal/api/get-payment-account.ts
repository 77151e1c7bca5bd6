import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** The provider's account that payments go to (company settings): what the VietQR code carries. */
export async function getPaymentAccount() {
  const { data, error } = await supabase
    .from('company_settings')
    .select('bank_bin, bank_name, bank_account_number, bank_account_name')
    .single()
  if (error) throw error
  return data
}

export type PaymentAccount = Awaited<ReturnType<typeof getPaymentAccount>>

export const getPaymentAccountQueryOptions = () =>
  queryOptions({ queryKey: [...clientPortalKeys.all, 'payment-account'], queryFn: getPaymentAccount })

export function usePaymentAccount() {
  return useQuery(getPaymentAccountQueryOptions())
}
