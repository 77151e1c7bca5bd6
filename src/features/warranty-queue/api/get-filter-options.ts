import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { warrantyKey } from './get-warranty-queue'

/** Clients and staff to filter the queue by; both lists are asked at once. */
export async function getFilterOptions() {
  const [clients, staff] = await Promise.all([
    supabase.from('clients').select('id, name').order('name'),
    supabase.from('staff').select('user_id, full_name, role').eq('active', true).order('full_name'),
  ])
  if (clients.error) throw clients.error
  if (staff.error) throw staff.error
  return { clients: clients.data, staff: staff.data }
}

export const filterOptionsQueryOptions = () =>
  queryOptions({
    queryKey: [...warrantyKey, 'filter-options'],
    queryFn: getFilterOptions,
    staleTime: 5 * 60_000,
  })

export function useFilterOptions() {
  return useQuery(filterOptionsQueryOptions())
}
