import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type Milestone = Tables<'milestones'>

export async function getMilestones(engagementId: string): Promise<Milestone[]> {
  const { data, error } = await supabase
    .from('milestones')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('position', { ascending: true })
  if (error) throw error
  return data
}

export const getMilestonesQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'milestones'),
    queryFn: () => getMilestones(engagementId),
  })

export function useMilestones(engagementId: string) {
  return useQuery(getMilestonesQueryOptions(engagementId))
}
