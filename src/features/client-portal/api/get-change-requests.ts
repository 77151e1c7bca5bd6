import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** Written change requests (C6) and the provider's quote for each. */
export async function getChangeRequests(engagementId: string) {
  const { data, error } = await supabase
    .from('change_requests')
    .select(
      'id, version, title, description, status, submitted_at, extra_price_vnd, extra_days, quote_note, quoted_at, decided_at, decision_reason, payment_id, completed_at, pay_before_work',
    )
    .eq('engagement_id', engagementId)
    .order('submitted_at', { ascending: false })
  if (error) throw error
  return data
}

export type ChangeRequest = Awaited<ReturnType<typeof getChangeRequests>>[number]

export const getChangeRequestsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'change-requests'),
    queryFn: () => getChangeRequests(engagementId),
  })

export function useChangeRequests(engagementId: string) {
  return useQuery(getChangeRequestsQueryOptions(engagementId))
}
