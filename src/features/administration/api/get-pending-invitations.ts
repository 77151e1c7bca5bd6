import { queryOptions, useQuery } from '@tanstack/react-query'

import { readAllPages } from '@/lib/read-all-pages'
import { supabase } from '@/lib/supabase'

import { administrationKeys } from './keys'

/**
 * A client's invitations still waiting on the invitee: not accepted, not revoked, not expired.
 * Managers and the client's approvers read them (RLS); anyone else gets none.
 */
export async function getPendingInvitations(clientId: string) {
  const now = new Date().toISOString()
  return readAllPages((from, to) =>
    supabase
      .from('invitations')
      .select('id, email, role, expires_at', { count: 'exact' })
      .eq('client_id', clientId)
      .is('accepted_at', null)
      .is('revoked_at', null)
      .gt('expires_at', now)
      .order('created_at', { ascending: false })
      .order('id')
      .range(from, to),
  )
}

export type PendingInvitation = Awaited<ReturnType<typeof getPendingInvitations>>[number]

export const getPendingInvitationsQueryOptions = (clientId: string) =>
  queryOptions({
    queryKey: administrationKeys.invitations(clientId),
    queryFn: () => getPendingInvitations(clientId),
  })

export function usePendingInvitations(clientId: string) {
  return useQuery(getPendingInvitationsQueryOptions(clientId))
}
