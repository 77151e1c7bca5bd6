export { i18n, initI18n, loadNamespaces, type MessagesRegistry } from './i18n'
export { LANGUAGES, DEFAULT_LANGUAGE, isLanguage, type Language } from './languages'
export type { Messages, MessagesLoader, MessagesModule } from './messages'
export { useLanguage } from './use-language'
