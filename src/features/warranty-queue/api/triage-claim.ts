import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { warrantyQueueKeys } from './keys'

/** Messages are keys of the `warranty-queue` namespace. */
export const triageSchema = z.object({
  coverage: z.enum(['in_warranty', 'out_of_warranty', 'change_request'], 'triage.coverageRequired'),
  priority: z.enum(['critical', 'high', 'normal', 'low'], 'triage.priorityRequired'),
  assignedTo: z.string(),
  note: z.string(),
})

export type TriageInput = z.infer<typeof triageSchema>

/** Coverage and priority set the SLA due times; change_request coverage creates the linked change request. */
export async function triageClaim({ claimId, ...input }: TriageInput & { claimId: string }) {
  const { data, error } = await supabase.rpc('triage_warranty_claim', {
    claim_id: claimId,
    coverage: input.coverage,
    priority: input.priority,
    ...(input.assignedTo && { assigned_to: input.assignedTo }),
    ...(input.note.trim() && { note: input.note.trim() }),
  })
  if (error) throw error
  return data
}

export function useTriageClaim() {
  return useInvalidatingMutation({
    mutationFn: triageClaim,
    invalidates: () => [warrantyQueueKeys.all],
    // A refusal may mean the claim moved on meanwhile: the queue shows where it is now.
    refreshOnError: () => true,
  })
}
