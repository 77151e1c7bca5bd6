import { useTranslation } from 'react-i18next'

import { useClientMembers } from '../api/get-client-members'
import { useStaff } from '../api/get-staff'

/** Names for history lines: TAMS staff and the engagement's client users. */
export function usePersonName(clientId: string | null): (userId: string | null) => string {
  const { t } = useTranslation('engagement-workspace')
  const staff = useStaff()
  const members = useClientMembers(clientId)
  return (userId) =>
    staff.data?.find((member) => member.user_id === userId)?.full_name ??
    members.data?.find((member) => member.user_id === userId)?.full_name ??
    t('common.someone')
}
