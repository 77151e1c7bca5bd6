import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type ServicePackage = Pick<Tables<'service_packages'>, 'id' | 'name' | 'price_vnd' | 'warranty_months'>

export async function listActivePackages(): Promise<ServicePackage[]> {
  const { data, error } = await supabase
    .from('service_packages')
    .select('id, name, price_vnd, warranty_months')
    .eq('active', true)
    .order('price_vnd', { ascending: true })
  if (error) throw error
  return data as ServicePackage[]
}

export const packagesQueryOptions = () =>
  queryOptions({ queryKey: workspaceKeys.packages(), queryFn: listActivePackages, staleTime: 5 * 60_000 })

export function usePackages() {
  return useQuery(packagesQueryOptions())
}
