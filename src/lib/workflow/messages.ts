import type { TFunction } from 'i18next'

import { i18n } from '@/lib/i18n'

import en from './locales/en'
import vi from './locales/vi'

/** The i18next namespace of workflow names and refusal sentences. */
export const WORKFLOW_NS = 'workflow'

// Small enough to ship with any page that shows an engagement; registered once, in both languages,
// so a refusal can be put into words outside React (in a mutation's onError) as well.
function register() {
  i18n.addResourceBundle('vi', WORKFLOW_NS, vi, true, false)
  i18n.addResourceBundle('en', WORKFLOW_NS, en, true, false)
}
if (i18n.isInitialized) register()
else i18n.on('initialized', register)

/** The workflow's strings in the current language, outside React as well. */
export function workflowT(): TFunction<typeof WORKFLOW_NS> {
  return i18n.getFixedT(null, WORKFLOW_NS)
}

export type RefusalKey = keyof typeof vi.refusal

export function isRefusalKey(key: string): key is RefusalKey {
  return Object.hasOwn(vi.refusal, key)
}
