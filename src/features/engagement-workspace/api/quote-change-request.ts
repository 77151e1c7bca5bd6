import * as z from 'zod/mini'

import { parseVnd } from '@/lib/format'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export const quoteChangeRequestSchema = z.object({
  extraPrice: z.string().check(z.refine((text) => (parseVnd(text) ?? -1) >= 0, 'validation.amountInvalid')),
  extraDays: z.string().check(z.regex(/^\s*\d{1,4}\s*$/, 'validation.daysInvalid')),
  note: z.string().check(z.trim()),
  payBeforeWork: z.boolean(),
})
export type QuoteChangeRequestInput = z.infer<typeof quoteChangeRequestSchema> & { changeRequestId: string }

export async function quoteChangeRequest({
  changeRequestId,
  extraPrice,
  extraDays,
  note,
  payBeforeWork,
}: QuoteChangeRequestInput) {
  const { data, error } = await supabase.rpc('quote_change_request', {
    change_request_id: changeRequestId,
    extra_price_vnd: parseVnd(extraPrice) ?? 0,
    extra_days: Number(extraDays.trim()),
    ...(note ? { note } : {}),
    pay_before_work: payBeforeWork,
  })
  if (error) throw error
  return data
}

export function useQuoteChangeRequest(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: quoteChangeRequest,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
