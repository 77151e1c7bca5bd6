import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { dutiesKeys } from './keys'

/** One active engagement with a column per duty, as oversight_duties returns it. */
export type EngagementDutiesRow = Database['public']['Functions']['oversight_duties']['Returns'][number]

/** The dashboard shows the first rows and the exact count, as its other lists do. */
export const OVERVIEW_ROWS = 50

export async function getDutiesOverview(): Promise<{ rows: EngagementDutiesRow[]; count: number }> {
  const { data, error, count } = await supabase
    .rpc('oversight_duties', undefined, { count: 'exact' })
    .range(0, OVERVIEW_ROWS - 1)
  if (error) throw error
  return { rows: data, count: count ?? data.length }
}

export const getDutiesOverviewQueryOptions = () =>
  queryOptions({ queryKey: dutiesKeys.overview(), queryFn: getDutiesOverview })

export function useDutiesOverview() {
  return useQuery(getDutiesOverviewQueryOptions())
}
