import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** The agreed work plan of the accepted quote. */
export async function getMilestones(engagementId: string) {
  const { data, error } = await supabase
    .from('milestones')
    .select('id, position, title, responsible, due_date, status, done_at, change_request_id')
    .eq('engagement_id', engagementId)
    .order('position')
  if (error) throw error
  return data
}

export type Milestone = Awaited<ReturnType<typeof getMilestones>>[number]

export const getMilestonesQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'milestones'),
    queryFn: () => getMilestones(engagementId),
  })

export function useMilestones(engagementId: string) {
  return useQuery(getMilestonesQueryOptions(engagementId))
}
