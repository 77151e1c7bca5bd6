import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

export const paymentProofSchema = z.object({
  note: z.string().check(z.trim(), z.maxLength(1000, 'validation.tooLong')),
})

/** C5: the client says they paid, with an uploaded proof document and/or a note. */
export async function submitPaymentProof({
  paymentId,
  proofDocumentId,
  note,
}: z.infer<typeof paymentProofSchema> & { paymentId: string; proofDocumentId: string | null }) {
  const { data, error } = await supabase.rpc('submit_payment_proof', {
    payment_id: paymentId,
    ...(proofDocumentId ? { proof_document_id: proofDocumentId } : {}),
    ...(note ? { note } : {}),
  })
  if (error) throw error
  return data
}

export function useSubmitPaymentProof() {
  return useInvalidatingMutation({
    mutationFn: submitPaymentProof,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
