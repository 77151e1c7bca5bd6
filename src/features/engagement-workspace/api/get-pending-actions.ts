import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

/** The engagement's open actions as the database lists them (pending_actions), both sides. */
export async function getPendingActions(engagementId: string) {
  const { data, error } = await supabase
    .from('pending_actions')
    .select('kind, subject_id, side, actor, actor_id, since, note')
    .eq('engagement_id', engagementId)
    .order('since')
  if (error) throw error
  return data
}

export const getPendingActionsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'pending-actions'),
    queryFn: () => getPendingActions(engagementId),
  })

export function usePendingActions(engagementId: string) {
  return useQuery(getPendingActionsQueryOptions(engagementId))
}
