import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { dutiesKeys } from './keys'

export type LicenceRegister = Tables<'licence_registers'>

/** The account manager's "register complete" mark, or null while the register is open. */
export async function getLicenceRegister(engagementId: string): Promise<LicenceRegister | null> {
  const { data, error } = await supabase
    .from('licence_registers')
    .select('*')
    .eq('engagement_id', engagementId)
    .maybeSingle()
  if (error) throw error
  return data
}

export const getLicenceRegisterQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: dutiesKeys.licenceRegister(engagementId),
    queryFn: () => getLicenceRegister(engagementId),
  })

export function useLicenceRegister(engagementId: string) {
  return useQuery(getLicenceRegisterQueryOptions(engagementId))
}
