export { WORKFLOW_NS } from './messages'
export {
  DUTIES,
  DUTY_STATUSES,
  dutyName,
  dutyStatusName,
  isDuty,
  isDutyStatus,
  type Duty,
  type DutyStatus,
} from './duties'
export { formatWaiting, secondsSince } from './duration'
export { paymentLabel, type LabelledPayment } from './payment-label'
export { partyName, stateName, stepName, whoseMoveLabel, whoseMoveReason } from './names'
export {
  describeRefusal,
  isStaleView,
  isVersionConflict,
  readRefusal,
  refusalSentence,
  type Refusal,
  type RefusalPage,
} from './refusal'
export {
  STATES,
  STEPS,
  PARTIES,
  isParty,
  isState,
  isStep,
  nextStep,
  stepIndex,
  type EngagementState,
  type EngagementStep,
  type Party,
} from './steps'
export {
  isRejection,
  moveHint,
  transitionsFrom,
  type MoveActor,
  type Transition,
  type ViewerRole,
} from './transitions'
export {
  dueConditionText,
  quoteInstallments,
  quoteMilestones,
  type DueCondition,
  type QuoteInstallment,
  type QuoteMilestone,
} from './quote-terms'
