import { i18n } from '@/lib/i18n'

import en from './locales/en'
import vi from './locales/vi'

/** The i18next namespace of the account gate (no access yet, failures). */
export const PROFILE_NS = 'profile'

function register() {
  i18n.addResourceBundle('vi', PROFILE_NS, vi, true, false)
  i18n.addResourceBundle('en', PROFILE_NS, en, true, false)
}
if (i18n.isInitialized) register()
else i18n.on('initialized', register)
