import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { warrantyQueueKeys } from './keys'

/** One or several claims to one assignee: all of them, or none if the database refuses one. */
export async function assignClaims({ claimIds, assignedTo }: { claimIds: string[]; assignedTo: string }) {
  const { data, error } = await supabase.rpc('assign_warranty_claims', {
    claim_ids: claimIds,
    assigned_to: assignedTo,
  })
  if (error) throw error
  return data
}

export function useAssignClaims() {
  return useInvalidatingMutation({
    mutationFn: assignClaims,
    invalidates: () => [warrantyQueueKeys.all],
    // A refusal may mean the claim moved on meanwhile: the queue shows where it is now.
    refreshOnError: () => true,
  })
}
