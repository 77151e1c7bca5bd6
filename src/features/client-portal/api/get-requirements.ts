import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** Information the provider asked the client for (C1), and its confirmation (C2). */
export async function getRequirements(engagementId: string) {
  const { data, error } = await supabase
    .from('requirements')
    .select('id, title, description, status, requested_at, response, provided_at, confirmed_at')
    .eq('engagement_id', engagementId)
    .order('requested_at')
  if (error) throw error
  return data
}

export type Requirement = Awaited<ReturnType<typeof getRequirements>>[number]

export const getRequirementsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'requirements'),
    queryFn: () => getRequirements(engagementId),
  })

export function useRequirements(engagementId: string) {
  return useQuery(getRequirementsQueryOptions(engagementId))
}
