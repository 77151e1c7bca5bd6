import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { AuthLayout } from '@/components/layouts/auth-layout'
import { paths } from '@/config/paths'
import { ForgotPasswordForm } from '@/features/account/components/forgot-password-form'

export default function ForgotPasswordRoute() {
  const { t } = useTranslation('account')
  return (
    <AuthLayout title={t('forgotPassword.title')} subtitle={t('forgotPassword.subtitle')}>
      <div className="space-y-5">
        <ForgotPasswordForm />
        <Link to={paths.auth.login.getHref()} className="block text-sm font-medium text-brand-700 underline">
          {t('backToLogin')}
        </Link>
      </div>
    </AuthLayout>
  )
}
