import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { useTranslation } from 'react-i18next'

import { paths } from '@/config/paths'

/** Route-level fallback: the header and navigation around it stay usable. */
export function RouteError() {
  const error = useRouteError()
  const { t } = useTranslation()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  if (!notFound) console.error(error)
  return (
    <section
      role="alert"
      className="mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-16 text-center"
    >
      <h1 className="text-2xl font-semibold text-slate-900">
        {notFound ? t('notFound.title') : t('errors.title')}
      </h1>
      <p className="text-slate-600">{notFound ? t('notFound.description') : t('errors.description')}</p>
      <Link
        to={paths.home.getHref()}
        className="mt-2 font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
      >
        {t('errors.goHome')}
      </Link>
    </section>
  )
}
