import { useTranslation } from 'react-i18next'

import { DEFAULT_LANGUAGE, isLanguage, storeLanguage, type Language } from './languages'

export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation()
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE
  const change = (language: Language) => {
    storeLanguage(language)
    void i18n.changeLanguage(language)
  }
  return [current, change]
}
