import { useTranslation } from 'react-i18next'
import { useLoaderData } from 'react-router'

import { AuthLayout } from '@/components/layouts/auth-layout'
import { AcceptInvitationForm } from '@/features/account/components/accept-invitation-form'
import { takeLinkSession } from '@/features/account/api/link-session'
import { LinkSessionGate } from '@/features/account/components/link-session-gate'

/** The emailed link's session, taken before the page renders. */
export const loader = () => takeLinkSession(window.location.hash)

/** The invitation email's link lands here: the invitee is signed in and chooses a password. */
export default function AcceptInvitationRoute() {
  const { t } = useTranslation('account')
  const link = useLoaderData<typeof loader>()
  return (
    <AuthLayout title={t('acceptInvitation.title')} subtitle={t('acceptInvitation.subtitle')}>
      <LinkSessionGate link={link}>
        <AcceptInvitationForm suggestedName={link.ok ? (link.name ?? '') : ''} />
      </LinkSessionGate>
    </AuthLayout>
  )
}
