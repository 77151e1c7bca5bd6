import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'
import type { WrittenRequest } from './written-request'

/** P6: a client user reports a problem while the warranty runs (the database refuses it after). */
export function openWarrantyClaim({ engagementId, ...input }: WrittenRequest & { engagementId: string }) {
  return callRpc('open_warranty_claim', { engagement_id: engagementId, ...input })
}

export function useOpenWarrantyClaim() {
  return useWorkflowMutation(openWarrantyClaim)
}
