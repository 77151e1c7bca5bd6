import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

import { paths } from '@/config/paths'
import { useSignedInUser } from '@/lib/auth'

const destinations = [
  { key: 'board', href: paths.board.getHref() },
  { key: 'client', href: paths.client.getHref() },
  { key: 'warranty', href: paths.warranty.getHref() },
] as const

/** Until the database tells each person's side, home offers every workspace. */
export default function HomeRoute() {
  const { t } = useTranslation()
  const user = useSignedInUser()
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">
          {t('home.title', { name: user.name ?? user.email })}
        </h1>
        <p className="mt-1 text-slate-600">{t('home.signedInAs', { email: user.email })}</p>
      </div>
      <section aria-labelledby="home-next" className="space-y-3">
        <h2 id="home-next" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          {t('home.next')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {destinations.map(({ key, href }) => (
            <li key={key}>
              <Link
                to={href}
                className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500 hover:shadow"
              >
                <span className="block font-semibold text-brand-700">{t(`nav.${key}`)}</span>
                <span className="mt-1 block text-sm text-slate-600">{t(`home.${key}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
