import { describeRefusal } from '@/lib/workflow'

/** The i18next namespace of this feature (its folder name). */
export const WARRANTY_QUEUE_NS = 'warranty-queue'

/** A refusal in words, as the warranty queue says it. */
export function refusalText(error: unknown): string {
  return describeRefusal(error, 'warrantyQueue').message
}
