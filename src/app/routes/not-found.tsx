import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

import { paths } from '@/config/paths'

export default function NotFoundRoute() {
  const { t } = useTranslation()
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">{t('notFound.title')}</h1>
      <p className="text-slate-600">{t('notFound.description')}</p>
      <Link
        to={paths.home.getHref()}
        className="mt-2 font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
      >
        {t('errors.goHome')}
      </Link>
    </main>
  )
}
