import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

import { paths } from '@/config/paths'

/** "Not found" inside the signed-in layout: an address that names nothing, or nothing the caller may see. */
export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <section className="mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-16 text-center">
      <title>{t('notFound.title')}</title>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">{t('notFound.title')}</h1>
      <p className="text-slate-600">{t('notFound.description')}</p>
      <Link
        to={paths.home.getHref()}
        className="mt-2 font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
      >
        {t('errors.goHome')}
      </Link>
    </section>
  )
}
