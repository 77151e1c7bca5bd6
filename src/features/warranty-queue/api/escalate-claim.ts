import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { warrantyQueueKeys } from './keys'

export const escalateSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'escalate.reasonRequired')),
})

export type EscalateInput = z.infer<typeof escalateSchema>

/** Raises the priority one level; the database moves the due times. */
export async function escalateClaim({ claimId, reason }: EscalateInput & { claimId: string }) {
  const { data, error } = await supabase.rpc('escalate_warranty_claim', { claim_id: claimId, reason })
  if (error) throw error
  return data
}

export function useEscalateClaim() {
  return useInvalidatingMutation({
    mutationFn: escalateClaim,
    invalidates: () => [warrantyQueueKeys.all],
    // A refusal may mean the claim moved on meanwhile: the queue shows where it is now.
    refreshOnError: () => true,
  })
}
