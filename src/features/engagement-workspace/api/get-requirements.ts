import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type Requirement = Tables<'requirements'>

export async function getRequirements(engagementId: string): Promise<Requirement[]> {
  const { data, error } = await supabase
    .from('requirements')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('requested_at', { ascending: true })
  if (error) throw error
  return data
}

export const getRequirementsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'requirements'),
    queryFn: () => getRequirements(engagementId),
  })

export function useRequirements(engagementId: string) {
  return useQuery(getRequirementsQueryOptions(engagementId))
}
