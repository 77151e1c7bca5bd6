import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'

import { useEngagementView } from './engagement-context'

/** Told before a member tries: the decision is the approver's (the database refuses anyone else). */
export function ApproverNote() {
  const { t } = useTranslation('client-portal')
  const { isApprover } = useEngagementView()
  if (isApprover) return null
  return <Alert tone="info">{t('approverOnly')}</Alert>
}
