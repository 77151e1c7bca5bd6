import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'
import { writtenRequestFields } from './written-request'

export const warrantyClaimSchema = z.object(writtenRequestFields)

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
