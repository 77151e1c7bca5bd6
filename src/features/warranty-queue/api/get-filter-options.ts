import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { readAllPages } from '@/lib/read-all-pages'
import { supabase } from '@/lib/supabase'

import { warrantyQueueKeys } from './keys'

type Client = Pick<Tables<'clients'>, 'id' | 'name'>
type Staff = Pick<Tables<'staff'>, 'user_id' | 'full_name' | 'role'>

/** Clients and staff to filter the queue by; both lists are asked at once, each in as many pages as it needs. */
export async function getFilterOptions() {
  const [clients, staff] = await Promise.all([
    readAllPages<Client>((from, to) =>
      supabase
        .from('clients')
        .select('id, name', { count: 'exact' })
        .order('name')
        .order('id')
        .range(from, to),
    ),
    readAllPages<Staff>((from, to) =>
      supabase
        .from('staff')
        .select('user_id, full_name, role', { count: 'exact' })
        .eq('active', true)
        .order('full_name')
        .order('user_id')
        .range(from, to),
    ),
  ])
  return { clients, staff }
}

export const getFilterOptionsQueryOptions = () =>
  queryOptions({
    queryKey: warrantyQueueKeys.filterOptions(),
    queryFn: getFilterOptions,
    staleTime: 5 * 60_000,
  })

export function useFilterOptions() {
  return useQuery(getFilterOptionsQueryOptions())
}
