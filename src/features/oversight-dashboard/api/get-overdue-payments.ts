import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { oversightKeys } from './keys'
import { DASHBOARD_LIST_ROWS, limitedList, type LimitedList } from './limited-list'

export type OverduePayment = Database['public']['Functions']['oversight_overdue_payments']['Returns'][number]

/** Payments past due that the client has not paid. */
export async function getOverduePayments(): Promise<LimitedList<OverduePayment>> {
  const { data, count, error } = await supabase
    .rpc('oversight_overdue_payments', {}, { count: 'exact' })
    .limit(DASHBOARD_LIST_ROWS)
  if (error) throw error
  return limitedList<OverduePayment>(data, count)
}

export const getOverduePaymentsQueryOptions = () =>
  queryOptions({ queryKey: oversightKeys.overduePayments(), queryFn: getOverduePayments })

export function useOverduePayments() {
  return useQuery(getOverduePaymentsQueryOptions())
}
