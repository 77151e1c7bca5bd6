import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { documentKeys } from './keys'

export type EngagementDocument = Tables<'documents'>

/** The documents the caller may see (RLS hides internal ones from clients), newest first. */
export async function listDocuments(engagementId: string): Promise<EngagementDocument[]> {
  const { data, error } = await supabase
    .from('documents')
    .select('*')
    .eq('engagement_id', engagementId)
    .is('deleted_at', null)
    .order('created_at', { ascending: false })
  if (error) throw error
  return data as EngagementDocument[]
}

export const documentsQueryOptions = (engagementId: string) =>
  queryOptions({ queryKey: documentKeys.list(engagementId), queryFn: () => listDocuments(engagementId) })

export function useDocuments(engagementId: string) {
  return useQuery(documentsQueryOptions(engagementId))
}
