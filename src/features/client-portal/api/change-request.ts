import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'
import type { WrittenRequest } from './written-request'

/** C6: changes are asked for in writing. */
export function submitChangeRequest({ engagementId, ...input }: WrittenRequest & { engagementId: string }) {
  return callRpc('submit_change_request', { engagement_id: engagementId, ...input })
}

export function useSubmitChangeRequest() {
  return useWorkflowMutation(submitChangeRequest)
}
