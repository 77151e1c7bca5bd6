import { useTranslation } from 'react-i18next'

/** Product name and the dashboard's title, as every page shows them. */
export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslation()
  const large = size === 'lg'
  return (
    <span className="inline-flex items-center gap-3">
      <span
        aria-hidden="true"
        className={`grid place-items-center rounded-lg bg-brand-600 font-bold text-white ${large ? 'size-11 text-lg' : 'size-8 text-sm'}`}
      >
        TS
      </span>
      <span className="flex flex-col leading-tight">
        <span className={`font-semibold text-slate-900 ${large ? 'text-xl' : 'text-base'}`}>
          {t('product.name')}
        </span>
        <span className={`text-slate-600 ${large ? 'text-sm' : 'text-xs'}`}>{t('product.tagline')}</span>
      </span>
    </span>
  )
}
