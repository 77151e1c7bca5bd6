import { useTranslation } from 'react-i18next'

import { useCurrentProfile } from '@/lib/profile'

import { ADMIN_NS } from '../messages'
import { ClientUsersPanel } from './client-users-panel'

/** A client user's colleagues; their approver invites, changes roles and deactivates (never their own row). */
export function ClientUsersPage() {
  const { t } = useTranslation(ADMIN_NS)
  const profile = useCurrentProfile()
  if (profile.side !== 'client') return null
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t('clientUsers.title')}</h1>
        <p className="text-slate-600">{t('clientUsers.subtitle')}</p>
      </header>
      <ClientUsersPanel clientId={profile.clientId} canManage={profile.role === 'approver'} />
    </div>
  )
}
