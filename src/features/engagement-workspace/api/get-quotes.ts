import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type Quote = Tables<'quotes'>

export async function getQuotes(engagementId: string): Promise<Quote[]> {
  const { data, error } = await supabase
    .from('quotes')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('created_at', { ascending: false })
  if (error) throw error
  return data
}

export const getQuotesQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'quotes'),
    queryFn: () => getQuotes(engagementId),
  })

export function useQuotes(engagementId: string) {
  return useQuery(getQuotesQueryOptions(engagementId))
}
