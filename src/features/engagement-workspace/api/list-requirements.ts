import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type Requirement = Tables<'requirements'>

export async function listRequirements(engagementId: string): Promise<Requirement[]> {
  const { data, error } = await supabase
    .from('requirements')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('requested_at', { ascending: true })
  if (error) throw error
  return data as Requirement[]
}

export const requirementsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'requirements'),
    queryFn: () => listRequirements(engagementId),
  })

export function useRequirements(engagementId: string) {
  return useQuery(requirementsQueryOptions(engagementId))
}
