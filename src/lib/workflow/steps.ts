import { Constants, type Enums } from '@/lib/database.types'

export type EngagementStep = Enums<'engagement_step'>
export type EngagementState = Enums<'engagement_state'>
export type Party = Enums<'engagement_party'>

/** The seven steps of the general policy (docs/policy.md), in the order an engagement goes through them. */
export const STEPS: readonly EngagementStep[] = Constants.public.Enums.engagement_step
export const STATES: readonly EngagementState[] = Constants.public.Enums.engagement_state
export const PARTIES: readonly Party[] = Constants.public.Enums.engagement_party

export function stepIndex(step: EngagementStep): number {
  return STEPS.indexOf(step)
}

export function nextStep(step: EngagementStep): EngagementStep | null {
  return STEPS[stepIndex(step) + 1] ?? null
}

export function isStep(value: unknown): value is EngagementStep {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value)
}

export function isState(value: unknown): value is EngagementState {
  return typeof value === 'string' && (STATES as readonly string[]).includes(value)
}

export function isParty(value: unknown): value is Party {
  return typeof value === 'string' && (PARTIES as readonly string[]).includes(value)
}
