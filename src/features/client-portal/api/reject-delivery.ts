import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

type Target = { engagementId: string; version: number }

export const rejectDeliverySchema = z.object({
  reason: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.reasonRequired'), z.maxLength(4000, 'validation.tooLong')),
})

/** The only backward move: back to implementation, with the client's reasons. */
export async function rejectDelivery({
  engagementId,
  version,
  reason,
}: Target & z.infer<typeof rejectDeliverySchema>) {
  const { data, error } = await supabase.rpc('transition_engagement', {
    engagement_id: engagementId,
    to_step: 'implementation',
    expected_version: version,
    note: reason,
  })
  if (error) throw error
  return data
}

export function useRejectDelivery() {
  return useInvalidatingMutation({
    mutationFn: rejectDelivery,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
