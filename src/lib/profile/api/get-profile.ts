import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Enums } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { profileKeys } from './keys'

/** Which side of an engagement the signed-in person is on, as the database records it. */
export type Profile =
  | { side: 'staff'; userId: string; role: Enums<'staff_role'>; name: string; email: string; clientId: null }
  | {
      side: 'client'
      userId: string
      role: Enums<'client_member_role'>
      name: string
      email: string
      clientId: string
    }
  | { side: 'none'; userId: string; role: null; name: null; email: null; clientId: null }

/**
 * A user is staff or a client member, never both; the database answers from the rows RLS lets them
 * read of themselves (my_side), in one request.
 */
export async function getProfile(userId: string): Promise<Profile> {
  const { data, error } = await supabase.rpc('my_side').maybeSingle()
  if (error) throw error
  if (data?.staff_role) {
    const { staff_role, full_name, email } = data
    return { side: 'staff', userId, role: staff_role, name: full_name, email, clientId: null }
  }
  if (data?.member_role && data.client_id) {
    const { member_role, full_name, email, client_id } = data
    return { side: 'client', userId, role: member_role, name: full_name, email, clientId: client_id }
  }
  return { side: 'none', userId, role: null, name: null, email: null, clientId: null }
}

export const getProfileQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: profileKeys.detail(userId),
    queryFn: () => getProfile(userId),
    staleTime: 5 * 60_000,
  })

export function useProfile(userId: string) {
  return useQuery(getProfileQueryOptions(userId))
}
