import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { warrantyQueueKeys } from './keys'

export type SlaWindow = Database['public']['Functions']['warranty_sla_windows']['Returns'][number]

/** Response and resolution hours per priority, as the database applies them at triage. */
export async function getSlaWindows(): Promise<SlaWindow[]> {
  const { data, error } = await supabase.rpc('warranty_sla_windows')
  if (error) throw error
  return data
}

export const getSlaWindowsQueryOptions = () =>
  queryOptions({
    queryKey: warrantyQueueKeys.slaWindows(),
    queryFn: getSlaWindows,
    staleTime: Infinity,
  })

export function useSlaWindows() {
  return useQuery(getSlaWindowsQueryOptions())
}
