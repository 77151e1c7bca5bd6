import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { dutiesKeys } from './keys'

export type HandoverItem = Tables<'handover_items'>

export async function getHandoverItems(engagementId: string): Promise<HandoverItem[]> {
  const { data, error } = await supabase
    .from('handover_items')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('created_at')
    .order('id')
  if (error) throw error
  return data
}

export const getHandoverItemsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: dutiesKeys.handoverItems(engagementId),
    queryFn: () => getHandoverItems(engagementId),
  })

export function useHandoverItems(engagementId: string) {
  return useQuery(getHandoverItemsQueryOptions(engagementId))
}
