import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export const rejectPaymentSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'validation.reasonRequired')),
})
export type RejectPaymentInput = z.infer<typeof rejectPaymentSchema> & { paymentId: string }

export async function rejectPayment({ paymentId, reason }: RejectPaymentInput) {
  const { data, error } = await supabase.rpc('reject_payment', { payment_id: paymentId, reason })
  if (error) throw error
  return data
}

export function useRejectPayment(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: rejectPayment,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
