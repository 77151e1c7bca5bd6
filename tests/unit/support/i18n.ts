import { i18n, initI18n, type MessagesRegistry } from '../../../src/lib/i18n/index.ts'

/** The app's own strings, both languages, loaded as the app loads them (a namespace per file). */
const registry: MessagesRegistry = {
  'common/vi': () => import('../../../src/locales/vi.ts'),
  'common/en': () => import('../../../src/locales/en.ts'),
  'board/vi': () => import('../../../src/features/board/locales/vi.ts'),
  'board/en': () => import('../../../src/features/board/locales/en.ts'),
}

let ready: Promise<unknown> | undefined

/** Starts i18next once, in `language`; the workflow's strings register themselves on start. */
export async function inLanguage(language: 'vi' | 'en'): Promise<void> {
  ready ??= initI18n(registry)
  await ready
  await i18n.changeLanguage(language)
}
