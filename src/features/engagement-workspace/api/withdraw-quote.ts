import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

type QuoteWithdrawal = { quoteId: string; reason: string }

/** Takes the sent quote back before the client decides; the engagement waits for a new quote. */
export async function withdrawQuote({ quoteId, reason }: QuoteWithdrawal) {
  const { data, error } = await supabase.rpc('withdraw_quote', {
    quote_id: quoteId,
    ...(reason.trim() ? { reason: reason.trim() } : {}),
  })
  if (error) throw error
  return data
}

export function useWithdrawQuote(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: withdrawQuote,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
