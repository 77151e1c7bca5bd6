import * as z from 'zod/mini'

import { callRpc } from './db'
import { useWorkflowMutation } from './use-workflow-mutation'

type Target = { engagementId: string; version: number }

/** The approver accepts the handover: the warranty starts now and runs for the package's months. */
export function acceptDelivery({ engagementId, version }: Target) {
  return callRpc('transition_engagement', {
    engagement_id: engagementId,
    to_step: 'warranty',
    expected_version: version,
  })
}

export function useAcceptDelivery() {
  return useWorkflowMutation(acceptDelivery)
}

export const rejectDeliverySchema = z.object({
  reason: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.reasonRequired'), z.maxLength(4000, 'validation.tooLong')),
})

/** The only backward move: back to implementation, with the client's reasons. */
export function rejectDelivery({
  engagementId,
  version,
  reason,
}: Target & z.infer<typeof rejectDeliverySchema>) {
  return callRpc('transition_engagement', {
    engagement_id: engagementId,
    to_step: 'implementation',
    expected_version: version,
    note: reason,
  })
}

export function useRejectDelivery() {
  return useWorkflowMutation(rejectDelivery)
}
