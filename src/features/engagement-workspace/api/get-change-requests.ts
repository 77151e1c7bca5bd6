import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type ChangeRequest = Tables<'change_requests'>

export async function getChangeRequests(engagementId: string): Promise<ChangeRequest[]> {
  const { data, error } = await supabase
    .from('change_requests')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('submitted_at', { ascending: false })
  if (error) throw error
  return data
}

export const getChangeRequestsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'change-requests'),
    queryFn: () => getChangeRequests(engagementId),
  })

export function useChangeRequests(engagementId: string) {
  return useQuery(getChangeRequestsQueryOptions(engagementId))
}
