import { queryOptions, useQuery } from '@tanstack/react-query'

import { engagementChanges, liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import { ENGAGEMENT_COLUMNS } from './get-engagements'
import { clientPortalKeys } from './keys'

/** One engagement, or null when it does not exist or is not the caller's (RLS hides it). */
export async function getEngagement(engagementId: string) {
  const { data, error } = await supabase
    .from('engagement_board')
    .select(`${ENGAGEMENT_COLUMNS}, package_id`)
    .eq('id', engagementId)
    .maybeSingle()
  if (error) throw error
  return data
}

export const getEngagementQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.summary(engagementId),
    queryFn: () => getEngagement(engagementId),
  })

/** The page's query: while it is mounted, a change refreshes every section and the home lists. */
export function useEngagement(engagementId: string) {
  const { live } = useLiveQueryInvalidation({
    channel: `client-engagement:${engagementId}`,
    changes: engagementChanges(engagementId),
    queryKeys: [
      clientPortalKeys.engagement(engagementId),
      clientPortalKeys.engagements(),
      clientPortalKeys.yourTurn(),
    ],
  })
  return useQuery({ ...getEngagementQueryOptions(engagementId), ...liveRefresh(live) })
}
