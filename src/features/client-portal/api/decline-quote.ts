import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

export const declineQuoteSchema = z.object({
  reason: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.reasonRequired'), z.maxLength(2000, 'validation.tooLong')),
})

/** Declines the quote at the version the page showed: a quote revised or withdrawn meanwhile is a conflict. */
export async function declineQuote({
  quoteId,
  quoteVersion,
  reason,
}: z.infer<typeof declineQuoteSchema> & { quoteId: string; quoteVersion: number }) {
  const { data, error } = await supabase.rpc('decline_quote', {
    quote_id: quoteId,
    quote_version: quoteVersion,
    reason,
  })
  if (error) throw error
  return data
}

export function useDeclineQuote() {
  return useInvalidatingMutation({
    mutationFn: declineQuote,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
