import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import type { Thread } from './get-threads'
import { conversationKeys } from './keys'

export type Message = Database['public']['Tables']['messages']['Row']

/** A thread's messages, oldest first (RLS leaves internal notes out for client users). */
export async function getMessages(engagementId: string, thread: Thread): Promise<Message[]> {
  const { data, error } = await supabase
    .from('messages')
    .select('*')
    .eq('engagement_id', engagementId)
    .eq('topic', thread.topic)
    .eq('topic_id', thread.topicId)
    .order('created_at')
    .limit(500)
  if (error) throw error
  return data
}

export const getMessagesQueryOptions = (engagementId: string, thread: Thread) =>
  queryOptions({
    queryKey: conversationKeys.messages(engagementId, thread),
    queryFn: () => getMessages(engagementId, thread),
  })

export function useMessages(engagementId: string, thread: Thread) {
  const { live } = useLiveQueryInvalidation({
    channel: `messages-${engagementId}`,
    changes: [{ table: 'messages', filter: `engagement_id=eq.${engagementId}` }],
    queryKeys: [conversationKeys.engagement(engagementId)],
  })
  return useQuery({ ...getMessagesQueryOptions(engagementId, thread), ...liveRefresh(live, 30_000) })
}
