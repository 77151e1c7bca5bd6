import { queryOptions, useQuery } from '@tanstack/react-query'

import { liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import { CLAIM_CHANGES, warrantyKey, type QueueClaim } from './get-warranty-queue'

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

export const myClaimsQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: [...warrantyKey, 'mine', userId],
    queryFn: () => getMyClaims(userId),
    refetchInterval: 60_000,
  })

export function useMyClaims(userId: string) {
  const { live } = useLiveQueryInvalidation({
    channel: 'my-warranty-claims',
    changes: CLAIM_CHANGES,
    queryKeys: [warrantyKey],
  })
  return useQuery({ ...myClaimsQueryOptions(userId), ...liveRefresh(live, 60_000) })
}
