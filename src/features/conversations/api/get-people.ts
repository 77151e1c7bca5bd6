import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { conversationKeys } from './keys'

export type Person = { user_id: string; full_name: string; side: string }

/** Who wrote in the engagement's threads, by name (the database shows the reader only what they may read). */
export async function getMessageAuthors(engagementId: string): Promise<Person[]> {
  const { data, error } = await supabase.rpc('message_authors', { engagement_id: engagementId })
  if (error) throw error
  return data
}

/** Who the reader may @mention on this engagement. */
export async function getParticipants(engagementId: string): Promise<Person[]> {
  const { data, error } = await supabase.rpc('conversation_participants', { engagement_id: engagementId })
  if (error) throw error
  return data
}

export const getMessageAuthorsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: conversationKeys.authors(engagementId),
    queryFn: () => getMessageAuthors(engagementId),
  })

export const getParticipantsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: conversationKeys.participants(engagementId),
    queryFn: () => getParticipants(engagementId),
    staleTime: 5 * 60_000,
  })

export function useMessageAuthors(engagementId: string) {
  return useQuery(getMessageAuthorsQueryOptions(engagementId))
}

export function useParticipants(engagementId: string) {
  return useQuery(getParticipantsQueryOptions(engagementId))
}
