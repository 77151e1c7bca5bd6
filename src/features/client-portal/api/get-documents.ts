import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** The client's confidential and shared documents of one engagement. */
export async function getDocuments(engagementId: string) {
  const { data, error } = await supabase
    .from('documents')
    .select('id, name, visibility, mime_type, size_bytes, is_deliverable, uploaded_by, created_at')
    .eq('engagement_id', engagementId)
    // Internal documents belong to the provider: the client never asks for them.
    .neq('visibility', 'internal')
    .is('deleted_at', null)
    .order('created_at', { ascending: false })
  if (error) throw error
  return data
}

export type ClientDocument = Awaited<ReturnType<typeof getDocuments>>[number]

export const getDocumentsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'documents'),
    queryFn: () => getDocuments(engagementId),
  })

export function useDocuments(engagementId: string) {
  return useQuery(getDocumentsQueryOptions(engagementId))
}
