import type { Thread } from './get-threads'

/** Every key of the conversations starts with 'conversations': a new message refreshes its thread and its authors. */
export const conversationKeys = {
  all: ['conversations'] as const,
  engagement: (engagementId: string) => [...conversationKeys.all, engagementId] as const,
  messages: (engagementId: string, thread: Thread) =>
    [...conversationKeys.engagement(engagementId), 'messages', thread.topic, thread.topicId] as const,
  threads: (engagementId: string) => [...conversationKeys.engagement(engagementId), 'threads'] as const,
  authors: (engagementId: string) => [...conversationKeys.engagement(engagementId), 'authors'] as const,
  participants: (engagementId: string) =>
    [...conversationKeys.engagement(engagementId), 'participants'] as const,
}
