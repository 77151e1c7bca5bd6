import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type ClientMember = Pick<Tables<'client_members'>, 'user_id' | 'full_name' | 'role'>

/** The client's users (staff see every client's members): names in the timeline and access log. */
export async function getClientMembers(clientId: string): Promise<ClientMember[]> {
  const { data, error } = await supabase
    .from('client_members')
    .select('user_id, full_name, role')
    .eq('client_id', clientId)
  if (error) throw error
  return data
}

export const getClientMembersQueryOptions = (clientId: string) =>
  queryOptions({
    queryKey: workspaceKeys.clientMembers(clientId),
    queryFn: () => getClientMembers(clientId),
    staleTime: 5 * 60_000,
  })

export function useClientMembers(clientId: string | null) {
  return useQuery({ ...getClientMembersQueryOptions(clientId ?? ''), enabled: clientId !== null })
}
