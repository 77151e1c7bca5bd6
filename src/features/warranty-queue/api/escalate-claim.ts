import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'

import { warrantyKey } from './get-warranty-queue'

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
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: escalateClaim,
    onSettled: () => queryClient.invalidateQueries({ queryKey: warrantyKey }),
  })
}
