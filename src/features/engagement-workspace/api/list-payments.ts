import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type Payment = Tables<'payments'>

export async function listPayments(engagementId: string): Promise<Payment[]> {
  const { data, error } = await supabase
    .from('payments')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('created_at', { ascending: true })
  if (error) throw error
  return data as Payment[]
}

export const paymentsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'payments'),
    queryFn: () => listPayments(engagementId),
  })

export function usePayments(engagementId: string) {
  return useQuery(paymentsQueryOptions(engagementId))
}
