import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'
import { writtenRequestFields } from './written-request'

export const changeRequestSchema = z.object(writtenRequestFields)

/** C6: changes are asked for in writing. */
export function submitChangeRequest({
  engagementId,
  ...input
}: z.infer<typeof changeRequestSchema> & { engagementId: string }) {
  return callRpc('submit_change_request', { engagement_id: engagementId, ...input })
}

export function useSubmitChangeRequest() {
  return useWorkflowMutation(submitChangeRequest)
}
