import { queryOptions, useQuery } from '@tanstack/react-query'

import { readAllPages } from '@/lib/read-all-pages'
import { supabase } from '@/lib/supabase'

import { administrationKeys } from './keys'

/** A client's users with their role and whether they are active (managers and colleagues see them). */
export async function getClientMembers(clientId: string) {
  return readAllPages((from, to) =>
    supabase
      .from('client_members')
      .select('client_id, user_id, full_name, email, role, active', { count: 'exact' })
      .eq('client_id', clientId)
      .order('full_name')
      .order('user_id')
      .range(from, to),
  )
}

export type ClientMember = Awaited<ReturnType<typeof getClientMembers>>[number]

export const getClientMembersQueryOptions = (clientId: string) =>
  queryOptions({ queryKey: administrationKeys.members(clientId), queryFn: () => getClientMembers(clientId) })

export function useClientMembers(clientId: string) {
  return useQuery(getClientMembersQueryOptions(clientId))
}
