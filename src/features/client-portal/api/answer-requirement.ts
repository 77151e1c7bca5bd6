import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'

export const provideRequirementSchema = z.object({
  response: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.responseRequired'), z.maxLength(4000, 'validation.tooLong')),
})

/** C1: the client gives the information the provider asked for. */
export function provideRequirement({
  requirementId,
  response,
}: z.infer<typeof provideRequirementSchema> & { requirementId: string }) {
  return callRpc('provide_requirement', { requirement_id: requirementId, response })
}

export function useProvideRequirement() {
  return useWorkflowMutation(provideRequirement)
}

/** C2: the client confirms the information is accurate; the database records who and when. */
export function confirmRequirement({ requirementId }: { requirementId: string }) {
  return callRpc('confirm_requirement', { requirement_id: requirementId })
}

export function useConfirmRequirement() {
  return useWorkflowMutation(confirmRequirement)
}
