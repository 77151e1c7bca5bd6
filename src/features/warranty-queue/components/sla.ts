import type { QueueClaim } from '../api/get-warranty-queue'

export type SlaStatus = 'on_track' | 'at_risk' | 'breached' | 'met' | 'not_applicable'

const STATUSES: readonly SlaStatus[] = ['on_track', 'at_risk', 'breached', 'met', 'not_applicable']

const isSlaStatus = (value: string | null): value is SlaStatus => STATUSES.some((status) => status === value)

/**
 * The database judged the SLA when the queue was read; between reads, a running clock can only
 * move a claim from on track to at risk to breached at the times the database gave. A paused claim
 * (waiting on the client) keeps its status: its deadlines move with the clock.
 */
export function liveSlaStatus(claim: QueueClaim, now: number): SlaStatus {
  const judged = isSlaStatus(claim.sla_status) ? claim.sla_status : 'not_applicable'
  if (judged !== 'on_track' && judged !== 'at_risk') return judged
  if (claim.paused) return judged
  if (claim.next_due_at && now >= Date.parse(claim.next_due_at)) return 'breached'
  if (claim.at_risk_from && now >= Date.parse(claim.at_risk_from)) return 'at_risk'
  return judged
}
