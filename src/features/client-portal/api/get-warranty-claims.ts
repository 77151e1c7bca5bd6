import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** Warranty claims with their SLA due times (pushed back while they wait on the client). */
export async function getWarrantyClaims(engagementId: string) {
  const { data, error } = await supabase
    .from('warranty_claims')
    .select(
      'id, title, description, status, priority, coverage, opened_at, response_due_at, resolution_due_at, client_question, client_answer, client_answered_at, waiting_on_client_since, client_wait_seconds, resolved_at, resolution, confirmed_at, reopened_count',
    )
    .eq('engagement_id', engagementId)
    .order('opened_at', { ascending: false })
  if (error) throw error
  return data
}

export type WarrantyClaim = Awaited<ReturnType<typeof getWarrantyClaims>>[number]

export const getWarrantyClaimsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'warranty-claims'),
    queryFn: () => getWarrantyClaims(engagementId),
  })

export function useWarrantyClaims(engagementId: string) {
  return useQuery(getWarrantyClaimsQueryOptions(engagementId))
}
