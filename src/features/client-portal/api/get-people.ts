import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

export type Person = { name: string; side: 'provider' | 'client' }

/**
 * Names for the people a client may see: the account managers of their engagements and their
 * colleagues. Anyone else at the provider (a manager) is not in the client's directory.
 */
export async function getPeople(): Promise<Map<string, Person>> {
  const [staff, members] = await Promise.all([
    supabase.from('account_manager_contacts').select('user_id, full_name'),
    supabase.from('client_members').select('user_id, full_name'),
  ])
  if (staff.error) throw staff.error
  if (members.error) throw members.error
  const people = new Map<string, Person>()
  for (const row of staff.data) {
    if (row.user_id && row.full_name) people.set(row.user_id, { name: row.full_name, side: 'provider' })
  }
  for (const row of members.data) people.set(row.user_id, { name: row.full_name, side: 'client' })
  return people
}

export const getPeopleQueryOptions = () =>
  queryOptions({ queryKey: clientPortalKeys.people(), queryFn: getPeople, staleTime: 5 * 60_000 })

export function usePeople() {
  return useQuery(getPeopleQueryOptions())
}
