import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'

export const warrantyClaimSchema = z.object({
  title: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.titleRequired'), z.maxLength(200, 'validation.tooLong')),
  description: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'validation.descriptionRequired'),
      z.maxLength(4000, 'validation.tooLong'),
    ),
})

/** P6: a client user reports a problem while the warranty runs (the database refuses it after). */
export function openWarrantyClaim({
  engagementId,
  ...input
}: z.infer<typeof warrantyClaimSchema> & { engagementId: string }) {
  return callRpc('open_warranty_claim', { engagement_id: engagementId, ...input })
}

export function useOpenWarrantyClaim() {
  return useWorkflowMutation(openWarrantyClaim)
}
