import { useTranslation } from 'react-i18next'

import { LANGUAGES, useLanguage } from '@/lib/i18n'

export function LanguageSwitch() {
  const { t } = useTranslation()
  const [current, change] = useLanguage()
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm shadow-sm"
    >
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          aria-label={t(`language.${language}`)}
          onClick={() => change(language)}
          className="rounded px-2.5 py-1 font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-brand-600 aria-pressed:text-white"
        >
          <span className="sm:hidden">{language.toUpperCase()}</span>
          <span className="hidden sm:inline">{t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  )
}
