import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { oversightKeys } from './keys'

export type WarrantySummary = Database['public']['Functions']['oversight_warranty_summary']['Returns'][number]

/** Open warranty claims by SLA status and the last 30 days of resolutions. */
export async function getWarrantySummary(): Promise<WarrantySummary[]> {
  const { data, error } = await supabase.rpc('oversight_warranty_summary')
  if (error) throw error
  return data
}

export const getWarrantySummaryQueryOptions = () =>
  queryOptions({ queryKey: oversightKeys.warrantySummary(), queryFn: getWarrantySummary })

export function useWarrantySummary() {
  return useQuery(getWarrantySummaryQueryOptions())
}
