import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'

type ChangeApproval = { changeRequestId: string; extraPriceVnd: number; version: number }

/**
 * The approver agrees to the provider's quote at the price and version the page showed; an extra
 * payment is created when it costs anything.
 */
export function approveChangeRequest({ changeRequestId, extraPriceVnd, version }: ChangeApproval) {
  return callRpc('approve_change_request', {
    change_request_id: changeRequestId,
    extra_price_vnd: extraPriceVnd,
    change_request_version: version,
  })
}

export function useApproveChangeRequest() {
  return useWorkflowMutation(approveChangeRequest)
}

export const rejectChangeRequestSchema = z.object({
  reason: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.reasonRequired'), z.maxLength(2000, 'validation.tooLong')),
})

export function rejectChangeRequest({
  changeRequestId,
  reason,
}: z.infer<typeof rejectChangeRequestSchema> & { changeRequestId: string }) {
  return callRpc('reject_change_request', { change_request_id: changeRequestId, reason })
}

export function useRejectChangeRequest() {
  return useWorkflowMutation(rejectChangeRequest)
}
