import type { MessagesModule, MessagesRegistry } from '@/lib/i18n'

/**
 * Every namespace's strings, found by convention so a new feature only adds files:
 * `src/locales/<language>.ts` is `common`, `src/features/<feature>/locales/<language>.ts` is `<feature>`.
 * Each file becomes its own chunk, loaded when a page first needs it.
 */
const common = import.meta.glob<MessagesModule>('../locales/*.ts')
const features = import.meta.glob<MessagesModule>('../features/*/locales/*.ts')

const COMMON_FILE = /\/locales\/(\w+)\.ts$/
const FEATURE_FILE = /\/features\/([\w-]+)\/locales\/(\w+)\.ts$/

export const messagesRegistry: MessagesRegistry = {}

for (const [file, load] of Object.entries(common)) {
  const language = COMMON_FILE.exec(file)?.[1]
  if (language) messagesRegistry[`common/${language}`] = load
}
for (const [file, load] of Object.entries(features)) {
  const match = FEATURE_FILE.exec(file)
  if (match) messagesRegistry[`${match[1]}/${match[2]}`] = load
}
