import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

export type ClientMember = Pick<Tables<'client_members'>, 'user_id' | 'full_name' | 'role'>

/** The client's users (staff see every client's members): names in the timeline and access log. */
export async function listClientMembers(clientId: string): Promise<ClientMember[]> {
  const { data, error } = await supabase
    .from('client_members')
    .select('user_id, full_name, role')
    .eq('client_id', clientId)
  if (error) throw error
  return data as ClientMember[]
}

export const clientMembersQueryOptions = (clientId: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'members'],
    queryFn: () => listClientMembers(clientId),
    staleTime: 5 * 60_000,
  })

export function useClientMembers(clientId: string | null) {
  return useQuery({ ...clientMembersQueryOptions(clientId ?? ''), enabled: clientId !== null })
}
