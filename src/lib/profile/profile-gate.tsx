import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { PageSpinner } from '@/components/ui/spinner'
import { useSignedInUser } from '@/lib/auth'
import { isUnreachable } from '@/lib/query-client'

import { useProfile } from './api/get-profile'
import { PROFILE_NS } from './messages'
import { NoAccess } from './no-access'

/** Renders signed-in pages once the person's side is known; no side, no pages. */
export function ProfileGate({ children }: { children: ReactNode }) {
  const user = useSignedInUser()
  const profile = useProfile(user.id)
  const { t } = useTranslation([PROFILE_NS, 'common'])

  if (profile.isPending) return <PageSpinner />
  if (profile.isError) {
    return (
      <div role="alert" className="flex flex-col items-center gap-4 py-10 text-center">
        <p className="text-slate-800">{t(isUnreachable(profile.error) ? 'unreachable' : 'loadFailed')}</p>
        <Button variant="secondary" onClick={() => void profile.refetch()}>
          {t('common:errors.retry')}
        </Button>
      </div>
    )
  }
  if (profile.data.side === 'none') return <NoAccess email={user.email} />
  return children
}
