import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { useEngagementAction } from './use-engagement-action'

export async function confirmPayment(paymentId: string) {
  const { data, error } = await supabase.rpc('confirm_payment', { payment_id: paymentId })
  if (error) throw error
  return data as Tables<'payments'>
}

export function useConfirmPayment(engagementId: string) {
  return useEngagementAction(engagementId, confirmPayment)
}
