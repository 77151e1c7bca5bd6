import { useTranslation } from 'react-i18next'

import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { useMyProfile } from '@/features/account/api/get-my-profile'
import { ChangePasswordForm } from '@/features/account/components/change-password-form'
import { ProfileForm } from '@/features/account/components/profile-form'
import { useSignedInUser } from '@/lib/auth'

/** Everyone's own page: name, phone, language and password; never their role. */
export default function ProfileRoute() {
  const { t } = useTranslation('account')
  const user = useSignedInUser()
  const profile = useMyProfile(user.id)
  return (
    <div className="mx-auto w-full max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">{t('profile.title')}</h1>
      <Panel title={t('profile.details')}>
        <QueryState query={profile}>
          {(details) => (details ? <ProfileForm userId={user.id} details={details} /> : null)}
        </QueryState>
      </Panel>
      <Panel title={t('profile.passwordTitle')}>
        <ChangePasswordForm />
      </Panel>
    </div>
  )
}
