import { useTranslation } from 'react-i18next'
import { useLoaderData } from 'react-router'

import { AuthLayout } from '@/components/layouts/auth-layout'
import { takeLinkSession } from '@/features/account/api/link-session'
import { LinkSessionGate } from '@/features/account/components/link-session-gate'
import { ResetPasswordForm } from '@/features/account/components/reset-password-form'

/** The emailed link's session, taken before the page renders. */
export const loader = () => takeLinkSession(window.location.hash)

/** The password-recovery email's link lands here, signed in for this one purpose. */
export default function ResetPasswordRoute() {
  const { t } = useTranslation('account')
  const link = useLoaderData<typeof loader>()
  return (
    <AuthLayout title={t('resetPassword.title')} subtitle={t('resetPassword.subtitle')}>
      <LinkSessionGate link={link}>
        <ResetPasswordForm />
      </LinkSessionGate>
    </AuthLayout>
  )
}
