import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'

export const paymentProofSchema = z.object({
  note: z.string().check(z.trim(), z.maxLength(1000, 'validation.tooLong')),
})

/** C5: the client says they paid, with an uploaded proof document and/or a note. */
export function submitPaymentProof({
  paymentId,
  proofDocumentId,
  note,
}: z.infer<typeof paymentProofSchema> & { paymentId: string; proofDocumentId: string | null }) {
  return callRpc('submit_payment_proof', {
    payment_id: paymentId,
    ...(proofDocumentId ? { proof_document_id: proofDocumentId } : {}),
    ...(note ? { note } : {}),
  })
}

export function useSubmitPaymentProof() {
  return useWorkflowMutation(submitPaymentProof)
}
