import * as z from 'zod/mini'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { useEngagementAction } from './use-engagement-action'

export const rejectPaymentSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'validation.reasonRequired')),
})
export type RejectPaymentInput = z.infer<typeof rejectPaymentSchema> & { paymentId: string }

export async function rejectPayment({ paymentId, reason }: RejectPaymentInput) {
  const { data, error } = await supabase.rpc('reject_payment', { payment_id: paymentId, reason })
  if (error) throw error
  return data as Tables<'payments'>
}

export function useRejectPayment(engagementId: string) {
  return useEngagementAction(engagementId, rejectPayment)
}
