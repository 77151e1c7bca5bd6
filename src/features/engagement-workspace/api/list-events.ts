import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type EngagementEvent = Tables<'engagement_events'>

export async function listEvents(engagementId: string): Promise<EngagementEvent[]> {
  const { data, error } = await supabase
    .from('engagement_events')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(200)
  if (error) throw error
  return data as EngagementEvent[]
}

export const eventsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'events'),
    queryFn: () => listEvents(engagementId),
  })

export function useEvents(engagementId: string) {
  return useQuery(eventsQueryOptions(engagementId))
}
