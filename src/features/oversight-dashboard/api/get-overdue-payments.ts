import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { oversightKey } from './keys'

export type OverduePayment = Database['public']['Functions']['oversight_overdue_payments']['Returns'][number]

/** Payments past due that the client has not paid. */
export async function getOverduePayments(): Promise<OverduePayment[]> {
  const { data, error } = await supabase.rpc('oversight_overdue_payments')
  if (error) throw error
  return data
}

export const overduePaymentsQueryOptions = () =>
  queryOptions({ queryKey: [...oversightKey, 'overdue-payments'], queryFn: getOverduePayments })

export function useOverduePayments() {
  return useQuery(overduePaymentsQueryOptions())
}
