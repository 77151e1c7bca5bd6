import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

/** One text answer: information the provider asked for, or the reason a fix did not work. */
export const claimTextSchema = z.object({
  text: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.textRequired'), z.maxLength(4000, 'validation.tooLong')),
})

type ClaimText = z.infer<typeof claimTextSchema> & { claimId: string }

export async function provideClaimInformation({ claimId, text }: ClaimText) {
  const { data, error } = await supabase.rpc('provide_claim_information', { claim_id: claimId, answer: text })
  if (error) throw error
  return data
}

export function useProvideClaimInformation() {
  return useInvalidatingMutation({
    mutationFn: provideClaimInformation,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}

/** The client confirms the fix works: the claim closes. */
export async function confirmWarrantyClaim({ claimId }: { claimId: string }) {
  const { data, error } = await supabase.rpc('confirm_warranty_claim', { claim_id: claimId })
  if (error) throw error
  return data
}

export function useConfirmWarrantyClaim() {
  return useInvalidatingMutation({
    mutationFn: confirmWarrantyClaim,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}

export async function reopenWarrantyClaim({ claimId, text }: ClaimText) {
  const { data, error } = await supabase.rpc('reopen_warranty_claim', { claim_id: claimId, reason: text })
  if (error) throw error
  return data
}

export function useReopenWarrantyClaim() {
  return useInvalidatingMutation({
    mutationFn: reopenWarrantyClaim,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
