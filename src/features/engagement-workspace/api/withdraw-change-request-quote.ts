import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

type ChangeQuoteWithdrawal = { changeRequestId: string; reason: string }

/** Takes a change request's quote back before the client decides; the request waits for a new quote. */
export async function withdrawChangeRequestQuote({ changeRequestId, reason }: ChangeQuoteWithdrawal) {
  const { data, error } = await supabase.rpc('withdraw_change_request_quote', {
    change_request_id: changeRequestId,
    ...(reason.trim() ? { reason: reason.trim() } : {}),
  })
  if (error) throw error
  return data
}

export function useWithdrawChangeRequestQuote(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: withdrawChangeRequestQuote,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
