import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { engagementChanges, liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type EngagementSummary = Tables<'engagement_board'>

/** One row of the board view: the engagement, its client, AM and waits. null = missing or not visible. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function getEngagement(id: string): Promise<EngagementSummary | null> {
  if (!UUID.test(id)) return null
  const { data, error } = await supabase.from('engagement_board').select('*').eq('id', id).maybeSingle()
  if (error) throw error
  return data
}

export const getEngagementQueryOptions = (id: string) =>
  queryOptions({ queryKey: workspaceKeys.summary(id), queryFn: () => getEngagement(id) })

/** The page's query: while it is mounted, any change to the engagement refreshes the whole workspace. */
export function useEngagement(id: string) {
  const { live } = useLiveQueryInvalidation({
    channel: `engagement-workspace:${id}`,
    changes: engagementChanges(id),
    queryKeys: [workspaceKeys.engagement(id)],
    enabled: UUID.test(id),
  })
  return useQuery({ ...getEngagementQueryOptions(id), ...liveRefresh(live) })
}
