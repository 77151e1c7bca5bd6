import { useTranslation } from 'react-i18next'

import { PROFILE_NS } from './messages'

/** Signed in, but neither staff nor a client user: the database shows such a person nothing. */
export function NoAccess({ email }: { email: string }) {
  const { t } = useTranslation(PROFILE_NS)
  return (
    <section aria-labelledby="no-access-title" className="mx-auto max-w-xl space-y-3 py-10 text-center">
      <h1 id="no-access-title" className="text-2xl font-semibold text-slate-900">
        {t('noAccess.title')}
      </h1>
      <p className="text-slate-700">{t('noAccess.description', { email })}</p>
      <p className="text-slate-600">{t('noAccess.next')}</p>
    </section>
  )
}
