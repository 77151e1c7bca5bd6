import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { documentKeys } from './keys'

export type EngagementDocument = Tables<'documents'>

/** The documents the caller may see (RLS hides internal ones from clients), newest first. */
export async function getDocuments(engagementId: string): Promise<EngagementDocument[]> {
  const { data, error } = await supabase
    .from('documents')
    .select('*')
    .eq('engagement_id', engagementId)
    .is('deleted_at', null)
    .order('created_at', { ascending: false })
  if (error) throw error
  return data
}

export const getDocumentsQueryOptions = (engagementId: string) =>
  queryOptions({ queryKey: documentKeys.list(engagementId), queryFn: () => getDocuments(engagementId) })

export function useDocuments(engagementId: string) {
  return useQuery(getDocumentsQueryOptions(engagementId))
}
