import { i18n } from '@/lib/i18n'
import { describeRefusal, readRefusal } from '@/lib/workflow'

export const OVERSIGHT_NS = 'oversight-dashboard'

/** The database's refusal in words; not_manager gets this page's own sentence. */
export function oversightRefusal(error: unknown): string {
  if (readRefusal(error)?.code === 'not_manager') return i18n.t('notManager', { ns: OVERSIGHT_NS })
  return describeRefusal(error).message
}
