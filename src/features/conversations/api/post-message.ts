import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import type { Thread } from './get-threads'
import { conversationKeys } from './keys'

export type PostMessageInput = {
  engagementId: string
  thread: Thread
  body: string
  internal: boolean
  mentions: string[]
}

export async function postMessage(input: PostMessageInput) {
  const { data, error } = await supabase.rpc('post_message', {
    engagement_id: input.engagementId,
    body: input.body,
    topic: input.thread.topic,
    topic_id: input.thread.topicId,
    internal: input.internal,
    mentions: input.mentions,
  })
  if (error) throw error
  return data
}

export async function editMessage({
  messageId,
  body,
}: {
  engagementId: string
  messageId: string
  body: string
}) {
  const { data, error } = await supabase.rpc('edit_message', { message_id: messageId, body })
  if (error) throw error
  return data
}

export function usePostMessage() {
  return useInvalidatingMutation({
    mutationFn: postMessage,
    invalidates: (input) => [conversationKeys.engagement(input.engagementId)],
  })
}

export function useEditMessage() {
  return useInvalidatingMutation({
    mutationFn: editMessage,
    invalidates: (input) => [conversationKeys.engagement(input.engagementId)],
  })
}
