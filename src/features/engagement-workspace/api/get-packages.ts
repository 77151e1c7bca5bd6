import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type ServicePackage = Pick<Tables<'service_packages'>, 'id' | 'name' | 'price_vnd' | 'warranty_months'>

export async function getPackages(): Promise<ServicePackage[]> {
  const { data, error } = await supabase
    .from('service_packages')
    .select('id, name, price_vnd, warranty_months')
    .eq('active', true)
    .order('price_vnd', { ascending: true })
  if (error) throw error
  return data
}

export const getPackagesQueryOptions = () =>
  queryOptions({ queryKey: workspaceKeys.packages(), queryFn: getPackages, staleTime: 5 * 60_000 })

export function usePackages() {
  return useQuery(getPackagesQueryOptions())
}
