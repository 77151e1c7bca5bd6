import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type Milestone = Tables<'milestones'>

export async function listMilestones(engagementId: string): Promise<Milestone[]> {
  const { data, error } = await supabase
    .from('milestones')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('position', { ascending: true })
  if (error) throw error
  return data as Milestone[]
}

export const milestonesQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'milestones'),
    queryFn: () => listMilestones(engagementId),
  })

export function useMilestones(engagementId: string) {
  return useQuery(milestonesQueryOptions(engagementId))
}
