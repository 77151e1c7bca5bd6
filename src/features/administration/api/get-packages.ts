import { queryOptions, useQuery } from '@tanstack/react-query'

import { readAllPages } from '@/lib/read-all-pages'
import { supabase } from '@/lib/supabase'

import { administrationKeys } from './keys'

/** The whole catalogue, archived packages included (staff see them all). */
export async function getPackages() {
  return readAllPages((from, to) =>
    supabase
      .from('service_packages')
      .select('id, code, name, description, price_vnd, warranty_months, active', { count: 'exact' })
      .order('active', { ascending: false })
      .order('name')
      .order('id')
      .range(from, to),
  )
}

export type AdminPackage = Awaited<ReturnType<typeof getPackages>>[number]

export const getPackagesQueryOptions = () =>
  queryOptions({ queryKey: administrationKeys.packages(), queryFn: getPackages })

export function usePackages() {
  return useQuery(getPackagesQueryOptions())
}
