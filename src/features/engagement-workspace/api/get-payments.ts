import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type Payment = Tables<'payments'>

export async function getPayments(engagementId: string): Promise<Payment[]> {
  const { data, error } = await supabase
    .from('payments')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('created_at', { ascending: true })
  if (error) throw error
  return data
}

export const getPaymentsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'payments'),
    queryFn: () => getPayments(engagementId),
  })

export function usePayments(engagementId: string) {
  return useQuery(getPaymentsQueryOptions(engagementId))
}
