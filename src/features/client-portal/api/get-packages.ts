import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** The active service packages a client may choose from (inactive ones are not offered). */
export async function getPackages() {
  const { data, error } = await supabase
    .from('service_packages')
    .select('id, code, name, description, price_vnd, warranty_months')
    .eq('active', true)
    .order('price_vnd')
  if (error) throw error
  return data
}

export type ServicePackage = Awaited<ReturnType<typeof getPackages>>[number]

export const getPackagesQueryOptions = () =>
  queryOptions({ queryKey: clientPortalKeys.packages(), queryFn: getPackages, staleTime: 5 * 60_000 })

export function usePackages() {
  return useQuery(getPackagesQueryOptions())
}
