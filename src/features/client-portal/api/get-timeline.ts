import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** The engagement's history as the client may read it. */
export async function getTimeline(engagementId: string) {
  const { data, error } = await supabase
    .from('engagement_events')
    .select('id, kind, from_step, to_step, note, actor_id, created_at')
    .eq('engagement_id', engagementId)
    // Internal events stay with the provider: only those meant for the client are asked for.
    .eq('visible_to_client', true)
    .order('created_at', { ascending: false })
    .limit(100)
  if (error) throw error
  return data
}

export type TimelineEvent = Awaited<ReturnType<typeof getTimeline>>[number]

export const getTimelineQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'timeline'),
    queryFn: () => getTimeline(engagementId),
  })

export function useTimeline(engagementId: string) {
  return useQuery(getTimelineQueryOptions(engagementId))
}
