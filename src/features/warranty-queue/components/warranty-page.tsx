import { useTranslation } from 'react-i18next'

import { isManagerProfile, useCurrentProfile } from '@/lib/profile'

import { WARRANTY_QUEUE_NS } from '../messages'
import type { ClaimThread } from './claim-thread'
import { ManagerQueue } from './manager-queue'
import { MyClaims } from './my-claims'

/** Managers get the whole queue; other staff the claims assigned to them; clients a pointer. */
export function WarrantyPage({ claimThread }: { claimThread?: ClaimThread }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const profile = useCurrentProfile()
  const manager = isManagerProfile(profile)
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{manager ? t('title') : t('mineTitle')}</h1>
        <p className="text-slate-600">{manager ? t('subtitle') : t('mineSubtitle')}</p>
      </header>
      {profile.side === 'client' ? (
        <p className="text-slate-700">{t('clientNotice')}</p>
      ) : manager ? (
        <ManagerQueue userId={profile.userId} claimThread={claimThread} />
      ) : (
        <MyClaims userId={profile.userId} claimThread={claimThread} />
      )}
    </div>
  )
}
