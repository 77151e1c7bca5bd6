import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { warrantyQueueKeys } from './keys'

export type AssigneeSuggestion =
  Database['public']['Functions']['warranty_assignee_suggestions']['Returns'][number]

/** Who may take every one of these claims, fewest open claims first (the first is suggested). */
export async function getAssigneeSuggestions(claimIds: string[]): Promise<AssigneeSuggestion[]> {
  const { data, error } = await supabase.rpc('warranty_assignee_suggestions', { claim_ids: claimIds })
  if (error) throw error
  return data
}

export const getAssigneeSuggestionsQueryOptions = (claimIds: string[]) =>
  queryOptions({
    queryKey: warrantyQueueKeys.suggestions(claimIds),
    queryFn: () => getAssigneeSuggestions(claimIds),
    enabled: claimIds.length > 0,
  })

export function useAssigneeSuggestions(claimIds: string[]) {
  return useQuery(getAssigneeSuggestionsQueryOptions(claimIds))
}
