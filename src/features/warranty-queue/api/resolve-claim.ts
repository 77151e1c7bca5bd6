import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { warrantyQueueKeys } from './keys'

export const resolveSchema = z.object({
  resolution: z.string().check(z.trim(), z.minLength(1, 'resolve.resolutionRequired')),
})

export type ResolveInput = z.infer<typeof resolveSchema>

/** The assignee records the fix; the claim then waits on the client to confirm it. */
export async function resolveClaim({ claimId, resolution }: ResolveInput & { claimId: string }) {
  const { data, error } = await supabase.rpc('resolve_warranty_claim', { claim_id: claimId, resolution })
  if (error) throw error
  return data
}

export function useResolveClaim() {
  return useInvalidatingMutation({
    mutationFn: resolveClaim,
    invalidates: () => [warrantyQueueKeys.all],
    // A refusal may mean the claim moved on meanwhile: the queue shows where it is now.
    refreshOnError: () => true,
  })
}
