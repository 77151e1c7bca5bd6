import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** Each acceptance decision of the client. */
export async function getAcceptances(engagementId: string) {
  const { data, error } = await supabase
    .from('acceptances')
    .select('id, decision, note, decided_by, decided_at, minutes_document_id, minutes_sha256')
    .eq('engagement_id', engagementId)
    .order('decided_at', { ascending: false })
  if (error) throw error
  return data
}

export type Acceptance = Awaited<ReturnType<typeof getAcceptances>>[number]

export const getAcceptancesQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'acceptances'),
    queryFn: () => getAcceptances(engagementId),
  })

export function useAcceptances(engagementId: string) {
  return useQuery(getAcceptancesQueryOptions(engagementId))
}
