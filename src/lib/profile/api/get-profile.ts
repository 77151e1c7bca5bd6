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
 * A user is staff or a client member, never both; each row is read under RLS (a user always sees
 * their own). Both tables are asked at once, so the answer costs one round trip.
 */
export async function getProfile(userId: string): Promise<Profile> {
  const [staff, member] = await Promise.all([
    supabase.from('staff').select('role, full_name, email').eq('user_id', userId).maybeSingle(),
    supabase
      .from('client_members')
      .select('client_id, role, full_name, email')
      .eq('user_id', userId)
      .limit(1)
      .maybeSingle(),
  ])
  if (staff.error) throw staff.error
  if (member.error) throw member.error
  if (staff.data) {
    const { role, full_name, email } = staff.data
    return { side: 'staff', userId, role, name: full_name, email, clientId: null }
  }
  if (member.data) {
    const { client_id, role, full_name, email } = member.data
    return { side: 'client', userId, role, name: full_name, email, clientId: client_id }
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
