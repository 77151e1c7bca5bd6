import { queryOptions, useQuery } from '@tanstack/react-query'

import { liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import { CLAIM_CHANGES, type QueueClaim } from './get-warranty-queue'
import { warrantyQueueKeys } from './keys'

/** Open claims assigned to the signed-in staff member (RLS shows only their engagements' claims). */
export async function getMyClaims(userId: string): Promise<QueueClaim[]> {
  const { data, error } = await supabase
    .from('warranty_claim_sla')
    .select('*')
    .eq('assigned_to', userId)
    .in('status', ['open', 'in_progress', 'waiting_on_client'])
    .order('next_due_at')
  if (error) throw error
  return data
}

export const getMyClaimsQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: warrantyQueueKeys.mine(userId),
    queryFn: () => getMyClaims(userId),
    refetchInterval: 60_000,
  })

export function useMyClaims(userId: string) {
  const { live } = useLiveQueryInvalidation({
    channel: 'my-warranty-claims',
    changes: CLAIM_CHANGES,
    queryKeys: [warrantyQueueKeys.all],
  })
  return useQuery({ ...getMyClaimsQueryOptions(userId), ...liveRefresh(live, 60_000) })
}
