import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { documentKeys } from './keys'

export type DocumentAccessEntry = Tables<'document_access_log'>

/** Every upload, signed link and delete of the engagement's documents the caller may see, newest first. */
export async function getAccessLog(engagementId: string): Promise<DocumentAccessEntry[]> {
  const { data, error } = await supabase
    .from('document_access_log')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('created_at', { ascending: false })
    .limit(500)
  if (error) throw error
  return data
}

export const getAccessLogQueryOptions = (engagementId: string) =>
  queryOptions({ queryKey: documentKeys.accessLog(engagementId), queryFn: () => getAccessLog(engagementId) })

export function useAccessLog(engagementId: string) {
  return useQuery(getAccessLogQueryOptions(engagementId))
}
