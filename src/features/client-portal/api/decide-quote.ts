import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'

type QuoteAcceptance = { engagementId: string; version: number; quoteId: string; quoteVersion: number }

/**
 * Accepting the sent quote IS the move agreement -> payment (only the approver may make it). It
 * names the quote the page showed, so terms changed meanwhile are refused as a conflict.
 */
export function acceptQuote({ engagementId, version, quoteId, quoteVersion }: QuoteAcceptance) {
  return callRpc('transition_engagement', {
    engagement_id: engagementId,
    to_step: 'payment',
    expected_version: version,
    quote_id: quoteId,
    quote_version: quoteVersion,
  })
}

export function useAcceptQuote() {
  return useWorkflowMutation(acceptQuote)
}

export const declineQuoteSchema = z.object({
  reason: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.reasonRequired'), z.maxLength(2000, 'validation.tooLong')),
})

export function declineQuote({ quoteId, reason }: z.infer<typeof declineQuoteSchema> & { quoteId: string }) {
  return callRpc('decline_quote', { quote_id: quoteId, reason })
}

export function useDeclineQuote() {
  return useWorkflowMutation(declineQuote)
}
