import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { engagementKeys } from '@/lib/engagement-keys'

/** How an item was handed over; for a training, when, who attended and how long it took. */
export const completeHandoverItemSchema = z.object({
  method: z.string().check(z.trim()),
  trainingOn: z.string().check(z.trim()),
  trainingAttendees: z.string().check(z.trim()),
  trainingMinutes: z.string().check(z.trim(), z.regex(/^\d*$/, 'validation.minutesInvalid')),
})
export type CompleteHandoverItemInput = z.infer<typeof completeHandoverItemSchema>

export async function completeHandoverItem(itemId: string, input: CompleteHandoverItemInput) {
  const { data, error } = await supabase.rpc('complete_handover_item', {
    handover_item_id: itemId,
    ...(input.method ? { method: input.method } : {}),
    ...(input.trainingOn ? { training_on: input.trainingOn } : {}),
    ...(input.trainingAttendees ? { training_attendees: input.trainingAttendees } : {}),
    ...(input.trainingMinutes ? { training_minutes: Number(input.trainingMinutes) } : {}),
  })
  if (error) throw error
  return data
}

export function useCompleteHandoverItem(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: CompleteHandoverItemInput }) =>
      completeHandoverItem(itemId, input),
    invalidates: () => [engagementKeys.detail(engagementId)],
  })
}
