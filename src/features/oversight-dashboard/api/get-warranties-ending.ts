import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { oversightKeys } from './keys'
import { DASHBOARD_LIST_ROWS, limitedList, type LimitedList } from './limited-list'

export type WarrantyEnding = Database['public']['Functions']['oversight_warranties_ending']['Returns'][number]

/** Warranties that end within the next 30 days. */
export async function getWarrantiesEnding(): Promise<LimitedList<WarrantyEnding>> {
  const { data, count, error } = await supabase
    .rpc('oversight_warranties_ending', { days: 30 }, { count: 'exact' })
    .limit(DASHBOARD_LIST_ROWS)
  if (error) throw error
  return limitedList<WarrantyEnding>(data, count)
}

export const getWarrantiesEndingQueryOptions = () =>
  queryOptions({ queryKey: oversightKeys.warrantiesEnding(), queryFn: getWarrantiesEnding })

export function useWarrantiesEnding() {
  return useQuery(getWarrantiesEndingQueryOptions())
}
