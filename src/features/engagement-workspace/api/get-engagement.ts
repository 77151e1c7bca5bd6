import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Views } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type EngagementSummary = Views<'engagement_board'>

/** One row of the board view: the engagement, its client, AM and waits. null = missing or not visible. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function getEngagement(id: string): Promise<EngagementSummary | null> {
  if (!UUID.test(id)) return null
  const { data, error } = await supabase.from('engagement_board').select('*').eq('id', id).maybeSingle()
  if (error) throw error
  return data as EngagementSummary | null
}

export const engagementQueryOptions = (id: string) =>
  queryOptions({ queryKey: workspaceKeys.summary(id), queryFn: () => getEngagement(id) })

export function useEngagement(id: string) {
  return useQuery(engagementQueryOptions(id))
}
