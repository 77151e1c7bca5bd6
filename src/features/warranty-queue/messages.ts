import { i18n } from '@/lib/i18n'
import { describeRefusal, readRefusal } from '@/lib/workflow'

/** The i18next namespace of this feature (its folder name). */
export const WARRANTY_QUEUE_NS = 'warranty-queue'

/** A refusal in words: this feature's own codes first, then the shared workflow sentences. */
export function refusalText(error: unknown): string {
  const code = readRefusal(error)?.code
  const key = `refusal.${code ?? ''}`
  if (code && i18n.exists(key, { ns: WARRANTY_QUEUE_NS })) return i18n.t(key, { ns: WARRANTY_QUEUE_NS })
  return describeRefusal(error).message
}
