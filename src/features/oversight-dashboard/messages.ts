import { describeRefusal } from '@/lib/workflow'

export const OVERSIGHT_NS = 'oversight-dashboard'

/** The database's refusal in words, as the oversight page says it. */
export function oversightRefusal(error: unknown): string {
  return describeRefusal(error, 'oversight').message
}
