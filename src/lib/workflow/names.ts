import vi from './locales/vi'
import { workflowT } from './messages'
import type { EngagementState, EngagementStep, Party } from './steps'

export function stepName(step: EngagementStep): string {
  return workflowT()(`step.${step}`)
}

export function stateName(state: EngagementState): string {
  return workflowT()(`state.${state}`)
}

/** "Lượt của khách hàng" / "Client's move". */
export function whoseMoveLabel(party: Party): string {
  return workflowT()(`whoseMove.${party}`)
}

export function partyName(party: Party): string {
  return workflowT()(`party.${party}`)
}

const isReason = (reason: string): reason is keyof typeof vi.reason => Object.hasOwn(vi.reason, reason)

/** What the side whose move it is has to do, from `whose_move_reason`; null for an unknown code. */
export function whoseMoveReason(reason: string | null | undefined): string | null {
  return reason && isReason(reason) ? workflowT()(`reason.${reason}`) : null
}
