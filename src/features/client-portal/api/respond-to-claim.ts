import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'

/** One text answer: information the provider asked for, or the reason a fix did not work. */
export const claimTextSchema = z.object({
  text: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.textRequired'), z.maxLength(4000, 'validation.tooLong')),
})

type ClaimText = z.infer<typeof claimTextSchema> & { claimId: string }

export function provideClaimInformation({ claimId, text }: ClaimText) {
  return callRpc('provide_claim_information', { claim_id: claimId, answer: text })
}

export function useProvideClaimInformation() {
  return useWorkflowMutation(provideClaimInformation)
}

/** The client confirms the fix works: the claim closes. */
export function confirmWarrantyClaim({ claimId }: { claimId: string }) {
  return callRpc('confirm_warranty_claim', { claim_id: claimId })
}

export function useConfirmWarrantyClaim() {
  return useWorkflowMutation(confirmWarrantyClaim)
}

export function reopenWarrantyClaim({ claimId, text }: ClaimText) {
  return callRpc('reopen_warranty_claim', { claim_id: claimId, reason: text })
}

export function useReopenWarrantyClaim() {
  return useWorkflowMutation(reopenWarrantyClaim)
}
