import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export async function confirmPayment(paymentId: string) {
  const { data, error } = await supabase.rpc('confirm_payment', { payment_id: paymentId })
  if (error) throw error
  return data
}

export function useConfirmPayment(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: confirmPayment,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
