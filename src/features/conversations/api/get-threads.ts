import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { conversationKeys } from './keys'

export type ThreadTopic = 'engagement' | 'change_request' | 'warranty_claim'
export type Thread = { topic: ThreadTopic; topicId: string; title: string }

/** The engagement's own thread, then one per change request and warranty claim the reader sees. */
export async function getThreads(engagementId: string): Promise<Thread[]> {
  const [changes, claims] = await Promise.all([
    supabase
      .from('change_requests')
      .select('id, title')
      .eq('engagement_id', engagementId)
      .order('created_at'),
    supabase
      .from('warranty_claims')
      .select('id, title')
      .eq('engagement_id', engagementId)
      .order('created_at'),
  ])
  if (changes.error) throw changes.error
  if (claims.error) throw claims.error
  return [
    { topic: 'engagement', topicId: engagementId, title: '' },
    ...changes.data.map((row): Thread => ({ topic: 'change_request', topicId: row.id, title: row.title })),
    ...claims.data.map((row): Thread => ({ topic: 'warranty_claim', topicId: row.id, title: row.title })),
  ]
}

export const getThreadsQueryOptions = (engagementId: string) =>
  queryOptions({ queryKey: conversationKeys.threads(engagementId), queryFn: () => getThreads(engagementId) })

export function useThreads(engagementId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getThreadsQueryOptions(engagementId), enabled })
}
