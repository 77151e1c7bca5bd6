import { workflowText } from './messages'
import type { EngagementState, EngagementStep, Party } from './steps'

export function stepName(step: EngagementStep): string {
  return workflowText(`step.${step}`)
}

export function stateName(state: EngagementState): string {
  return workflowText(`state.${state}`)
}

/** "Lượt của khách hàng" / "Client's move". */
export function whoseMoveLabel(party: Party): string {
  return workflowText(`whoseMove.${party}`)
}

export function partyName(party: Party): string {
  return workflowText(`party.${party}`)
}

/** What the side whose move it is has to do, from `whose_move_reason`; null for an unknown code. */
export function whoseMoveReason(reason: string | null | undefined): string | null {
  if (!reason) return null
  const text = workflowText(`reason.${reason}`, { defaultValue: '' })
  return text === '' ? null : text
}
