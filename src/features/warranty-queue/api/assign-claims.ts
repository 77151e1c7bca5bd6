import { useMutation, useQueryClient } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { warrantyKey } from './get-warranty-queue'

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
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: assignClaims,
    onSettled: () => queryClient.invalidateQueries({ queryKey: warrantyKey }),
  })
}
