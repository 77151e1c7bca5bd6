import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type EngagementEvent = Tables<'engagement_events'>

export async function getEvents(engagementId: string): Promise<EngagementEvent[]> {
  const { data, error } = await supabase
    .from('engagement_events')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(200)
  if (error) throw error
  return data
}

export const getEventsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'events'),
    queryFn: () => getEvents(engagementId),
  })

export function useEvents(engagementId: string) {
  return useQuery(getEventsQueryOptions(engagementId))
}
