import { Navigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'

import { AuthLayout } from '@/components/layouts/auth-layout'
import { PageSpinner } from '@/components/ui/spinner'
import { safeRedirect } from '@/config/paths'
import { LoginForm } from '@/features/auth/components/login-form'
import { useSession } from '@/lib/auth'

/** Signing in changes the session; the page then follows it to where the person was going. */
export default function LoginRoute() {
  const { t } = useTranslation('auth')
  const session = useSession()
  const [searchParams] = useSearchParams()

  if (session.status === 'loading') return <PageSpinner />
  if (session.status === 'signed-in') {
    return <Navigate to={safeRedirect(searchParams.get('redirectTo'))} replace />
  }
  return (
    <AuthLayout title={t('login.title')} subtitle={t('login.subtitle')}>
      <LoginForm />
    </AuthLayout>
  )
}
