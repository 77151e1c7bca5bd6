import * as z from 'zod/mini'

import { Constants } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { engagementKeys } from '@/lib/engagement-keys'

export const HANDOVER_KINDS = Constants.public.Enums.handover_item_kind

export const addHandoverItemSchema = z.object({
  kind: z.enum(HANDOVER_KINDS),
  title: z.string().check(z.trim(), z.minLength(1, 'validation.titleRequired')),
  required: z.boolean(),
})
export type AddHandoverItemInput = z.infer<typeof addHandoverItemSchema>

/** P5: the provider lists what it will hand over or train. */
export async function addHandoverItem(engagementId: string, input: AddHandoverItemInput) {
  const { data, error } = await supabase.rpc('add_handover_item', {
    engagement_id: engagementId,
    kind: input.kind,
    title: input.title,
    required: input.required,
  })
  if (error) throw error
  return data
}

export function useAddHandoverItem(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: (input: AddHandoverItemInput) => addHandoverItem(engagementId, input),
    invalidates: () => [engagementKeys.detail(engagementId)],
  })
}
