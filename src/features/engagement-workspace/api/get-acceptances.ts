import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type Acceptance = Tables<'acceptances'>

export async function getAcceptances(engagementId: string): Promise<Acceptance[]> {
  const { data, error } = await supabase
    .from('acceptances')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('decided_at', { ascending: false })
  if (error) throw error
  return data
}

export const getAcceptancesQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'acceptances'),
    queryFn: () => getAcceptances(engagementId),
  })

export function useAcceptances(engagementId: string) {
  return useQuery(getAcceptancesQueryOptions(engagementId))
}
