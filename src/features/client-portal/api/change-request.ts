import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'

export const changeRequestSchema = z.object({
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
