import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { Button } from '@/components/ui/button'
import { paths } from '@/config/paths'
import { useSignedInUser, useSignOut } from '@/lib/auth'

/** Who is signed in, and the way out. */
export function UserMenu() {
  const { t } = useTranslation()
  const user = useSignedInUser()
  const signOut = useSignOut()
  return (
    <div className="flex items-center gap-3">
      <p className="hidden text-right text-sm leading-tight sm:block">
        <span className="sr-only">{t('header.signedInAs')} </span>
        {user.name && <span className="block font-medium text-slate-900">{user.name}</span>}
        <span className={user.name ? 'block text-slate-600' : 'block font-medium text-slate-900'}>
          {user.email}
        </span>
      </p>
      <Link to={paths.profile.getHref()} className="text-sm font-medium text-brand-700 underline">
        {t('header.profile')}
      </Link>
      <Button variant="secondary" size="sm" isLoading={signOut.isPending} onClick={() => signOut.mutate()}>
        {signOut.isPending ? t('header.signingOut') : t('header.signOut')}
      </Button>
    </div>
  )
}
