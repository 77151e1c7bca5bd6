import { workflowT } from './messages'

/** The policy's duties, provider P1..P7 and client C1..C6, as the view engagement_duties names them. */
export const DUTIES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const
export type Duty = (typeof DUTIES)[number]

export const DUTY_STATUSES = ['met', 'open', 'not_applicable'] as const
export type DutyStatus = (typeof DUTY_STATUSES)[number]

export function isDuty(value: string | null | undefined): value is Duty {
  return (DUTIES as readonly (string | null | undefined)[]).includes(value)
}

export function isDutyStatus(value: string | null | undefined): value is DutyStatus {
  return (DUTY_STATUSES as readonly (string | null | undefined)[]).includes(value)
}

/** "P5 · Bàn giao và hướng dẫn sử dụng". */
export function dutyName(duty: Duty): string {
  const name = workflowT()(`duty.${duty}`)
  return [duty, name].join(' · ')
}

export function dutyStatusName(status: DutyStatus): string {
  return workflowT()(`dutyStatus.${status}`)
}
