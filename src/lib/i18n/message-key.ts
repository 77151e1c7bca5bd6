import type { Namespace } from 'i18next'

import { i18n } from './i18n'

/**
 * A form schema's message in words. Its key arrives as data, so only here is a key looked up at run
 * time (a text that is no key stays as it is); every key written in code is checked by the compiler.
 */
export function schemaMessage(ns: Namespace, key: string | undefined): string | undefined {
  if (!key) return undefined
  return i18n.t(key, { ns, defaultValue: key })
}
