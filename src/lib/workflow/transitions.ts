import { nextStep, type EngagementState, type EngagementStep } from './steps'

/** Who may take a move, as the steps table of the policy says (docs/policy.md). */
export type MoveActor = 'provider' | 'client_approver'

export type Transition = {
  from: EngagementStep
  to: EngagementStep
  actor: MoveActor
  /** The only backward move: the client's approver rejects at acceptance, with a reason. */
  rejection: boolean
}

/** Steps whose forward move belongs to the client's approver (accepting the quote, the work). */
const CLIENT_STEPS: readonly EngagementStep[] = ['agreement', 'acceptance']

/** The moves out of a step; warranty has none (a manager closes the engagement instead). */
export function transitionsFrom(step: EngagementStep): Transition[] {
  const actor: MoveActor = CLIENT_STEPS.includes(step) ? 'client_approver' : 'provider'
  const forward = nextStep(step)
  const moves: Transition[] = forward ? [{ from: step, to: forward, actor, rejection: false }] : []
  if (step === 'acceptance') moves.push({ from: step, to: 'implementation', actor, rejection: true })
  return moves
}

/** How the viewer relates to an engagement, for a hint only: the database decides. */
export type ViewerRole = 'manager' | 'account_manager' | 'approver' | 'member' | null

/**
 * Why the viewer could not make this move, as the refusal code the database would give, or null
 * when the move looks possible. Used to dim columns while dragging; the RPC still decides.
 */
export function moveHint(
  engagement: { step: EngagementStep; state: EngagementState },
  to: EngagementStep,
  viewer: ViewerRole,
): string | null {
  if (to === engagement.step) return 'same_step'
  const move = transitionsFrom(engagement.step).find((candidate) => candidate.to === to)
  if (!move) return 'invalid_transition'
  if (move.actor === 'client_approver' && viewer !== 'approver') return 'not_client_approver'
  if (move.actor === 'provider' && viewer !== 'manager' && viewer !== 'account_manager') {
    return 'not_provider_actor'
  }
  if (engagement.state !== 'active') return 'engagement_not_active'
  return null
}

export function isRejection(from: EngagementStep, to: EngagementStep): boolean {
  return from === 'acceptance' && to === 'implementation'
}
