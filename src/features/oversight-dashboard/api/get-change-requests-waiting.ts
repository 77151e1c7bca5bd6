import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { oversightKeys } from './keys'

export type ChangeRequestsWaiting =
  Database['public']['Functions']['oversight_change_requests_waiting']['Returns'][number]

/** Open change requests by whose move it is. */
export async function getChangeRequestsWaiting(): Promise<ChangeRequestsWaiting[]> {
  const { data, error } = await supabase.rpc('oversight_change_requests_waiting')
  if (error) throw error
  return data
}

export const getChangeRequestsWaitingQueryOptions = () =>
  queryOptions({ queryKey: oversightKeys.changeRequestsWaiting(), queryFn: getChangeRequestsWaiting })

export function useChangeRequestsWaiting() {
  return useQuery(getChangeRequestsWaitingQueryOptions())
}
