import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { Alert } from '@/components/ui/alert'
import { paths } from '@/config/paths'

import { accountErrorKey } from '../api/account-error'
import type { LinkSession } from '../api/link-session'

/** Shows its form once the emailed link has signed the person in; otherwise says why it did not. */
export function LinkSessionGate({ link, children }: { link: LinkSession; children: ReactNode }) {
  const { t } = useTranslation('account')
  if (!link.ok) {
    return (
      <div className="space-y-4">
        <Alert>{t(accountErrorKey(link.code))}</Alert>
        <Link to={paths.auth.login.getHref()} className="text-sm font-medium text-brand-700 underline">
          {t('backToLogin')}
        </Link>
      </div>
    )
  }
  return children
}
