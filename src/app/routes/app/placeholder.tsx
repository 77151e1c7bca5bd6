import { useTranslation } from 'react-i18next'

/** Stands in for a workspace until its feature lands. */
export function Placeholder({ page }: { page: 'board' | 'client' | 'warranty' }) {
  const { t } = useTranslation()
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold text-slate-900">{t(`placeholder.${page}`)}</h1>
      <p className="text-slate-600">{t('placeholder.comingSoon')}</p>
    </div>
  )
}
