import { createInstance, type BackendModule } from 'i18next'
import { initReactI18next } from 'react-i18next'

import { DEFAULT_LANGUAGE, LANGUAGES, readStoredLanguage } from './languages'
import type { MessagesLoader } from './messages'

/** `namespace/language` -> a lazy import of that file, so each language of each feature is its own chunk. */
export type MessagesRegistry = Record<string, MessagesLoader>

function lazyBackend(registry: MessagesRegistry): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read(language, namespace, callback) {
      const load = registry[`${namespace}/${language}`]
      if (!load) return callback(new Error(`No messages for ${namespace}/${language}`), false)
      load().then(
        (module) => callback(null, module.default),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      )
    },
  }
}

export const i18n = createInstance()

i18n.on('languageChanged', (language) => {
  // Outside a browser (unit tests) there is no page to tell.
  if (typeof document !== 'undefined') document.documentElement.lang = language
})

export function initI18n(registry: MessagesRegistry): Promise<unknown> {
  return i18n
    .use(lazyBackend(registry))
    .use(initReactI18next)
    .init({
      lng: readStoredLanguage(),
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES,
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    })
}

export function loadNamespaces(...namespaces: string[]): Promise<void> {
  return i18n.loadNamespaces(namespaces)
}
