import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** The names of the client's approvers: a member is told whose decision an approver-only action is. */
export async function getApprovers(): Promise<string[]> {
  const { data, error } = await supabase
    .from('client_members')
    .select('full_name')
    .eq('role', 'approver')
    .eq('active', true)
    .order('full_name')
  if (error) throw error
  return data.map((row) => row.full_name)
}

export const getApproversQueryOptions = () =>
  queryOptions({ queryKey: clientPortalKeys.approvers(), queryFn: getApprovers, staleTime: 5 * 60_000 })

export function useApprovers() {
  return useQuery(getApproversQueryOptions())
}
