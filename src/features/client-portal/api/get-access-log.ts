import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** Who uploaded, opened or deleted each of the client's documents, and when (P3). */
export async function getAccessLog(engagementId: string) {
  const { data, error } = await supabase
    .from('document_access_log')
    .select('id, document_id, action, actor_id, created_at')
    .eq('engagement_id', engagementId)
    .neq('visibility', 'internal')
    .order('created_at', { ascending: false })
  if (error) throw error
  return data
}

export type AccessLogEntry = Awaited<ReturnType<typeof getAccessLog>>[number]

export const getAccessLogQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'access-log'),
    queryFn: () => getAccessLog(engagementId),
  })

export function useAccessLog(engagementId: string) {
  return useQuery(getAccessLogQueryOptions(engagementId))
}
