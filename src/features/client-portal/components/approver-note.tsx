import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'

import { useApprovers } from '../api/get-approvers'

import { useEngagementView } from './engagement-context'

/** Told to a member instead of a button: the decision is their approver's, by name. */
export function ApproverNote() {
  const { t } = useTranslation('client-portal')
  const { isApprover } = useEngagementView()
  const approvers = useApprovers()
  if (isApprover) return null
  const names = (approvers.data ?? []).join(', ')
  return <Alert tone="info">{names ? t('approverOnly', { name: names }) : t('approverOnlyUnnamed')}</Alert>
}
