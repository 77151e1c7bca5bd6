import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** What the client owes and the state of each transfer. */
export async function getPayments(engagementId: string) {
  const { data, error } = await supabase
    .from('payments')
    .select(
      'id, kind, label, label_code, amount_vnd, due_before_start, due_date, status, transfer_reference, proof_document_id, proof_note, submitted_at, confirmed_at, rejected_at, rejection_reason, change_request_id',
    )
    .eq('engagement_id', engagementId)
    .order('created_at')
  if (error) throw error
  return data
}

export type Payment = Awaited<ReturnType<typeof getPayments>>[number]

export const getPaymentsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'payments'),
    queryFn: () => getPayments(engagementId),
  })

export function usePayments(engagementId: string) {
  return useQuery(getPaymentsQueryOptions(engagementId))
}
