import { getBusinessDocument } from '@/lib/documents'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

type QuoteAcceptance = { engagementId: string; version: number; quoteId: string; quoteVersion: number }

/**
 * Accepting the sent quote IS the move agreement -> payment (only the approver may make it). It
 * names the quote the page showed, so terms changed meanwhile are refused as a conflict. The
 * accepted quote is then stored as a PDF and sealed (Edge Function business-document); if that
 * fails the acceptance stands, and the next download of the quote stores it.
 */
export async function acceptQuote({ engagementId, version, quoteId, quoteVersion }: QuoteAcceptance) {
  const { data, error } = await supabase.rpc('transition_engagement', {
    engagement_id: engagementId,
    to_step: 'payment',
    expected_version: version,
    quote_id: quoteId,
    quote_version: quoteVersion,
  })
  if (error) throw error
  return data
}

/** Stores and seals the accepted quote; a failure leaves it to the next download. */
const recordAcceptedQuote = (quoteId: string) => getBusinessDocument('quote', quoteId).catch(() => null)

/** Accepting, then (without making the approver wait) the sealed quote, and the page again. */
export function useAcceptQuote() {
  const sealed = useInvalidatingMutation({
    mutationFn: recordAcceptedQuote,
    invalidates: () => [clientPortalKeys.all],
  })
  return useInvalidatingMutation({
    mutationFn: acceptQuote,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
    onSuccess: (_, { quoteId }) => sealed.mutate(quoteId),
  })
}
