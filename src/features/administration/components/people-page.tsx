import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { Select } from '@/components/ui/select'

import { useStaff, type StaffMember } from '../api/get-staff'
import { useUpdateStaffMember } from '../api/update-staff-member'
import { ADMIN_NS } from '../messages'
import { AdminAlert } from './admin-alert'
import { InviteForm } from './invite-form'
import { useAdminAccess } from './use-admin-access'

const STAFF_ROLES = ['account_manager', 'manager', 'admin'] as const
type StaffRole = (typeof STAFF_ROLES)[number]
const isStaffRole = (value: string): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value)

/** The provider's staff: admins invite, change others' roles and deactivate (open engagements go back to managers). */
export function PeoplePage() {
  const { t } = useTranslation(ADMIN_NS)
  const { canEdit, profile } = useAdminAccess()
  const staff = useStaff()
  const update = useUpdateStaffMember()
  const row = (member: StaffMember) => {
    const editable = canEdit && member.user_id !== profile.userId
    return (
      <tr key={member.user_id}>
        <td className="px-2 py-2 font-medium">
          {member.full_name}
          {member.user_id === profile.userId && (
            <span className="ml-1 text-slate-600">({t('users.you')})</span>
          )}
        </td>
        <td className="px-2 py-2">{member.email}</td>
        <td className="px-2 py-2">
          {editable ? (
            <Select
              aria-label={t('users.roleOf', { name: member.full_name })}
              value={member.role}
              disabled={update.isPending}
              onChange={(event) => {
                const role = event.target.value
                if (isStaffRole(role)) update.mutate({ userId: member.user_id, role })
              }}
            >
              {STAFF_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </Select>
          ) : (
            t(`roles.${member.role}`)
          )}
        </td>
        <td className="px-2 py-2">
          {member.active ? (
            <Badge tone="success">{t('users.active')}</Badge>
          ) : (
            <Badge>{t('users.inactive')}</Badge>
          )}
        </td>
        <td className="px-2 py-2 text-right">
          {editable && (
            <Button
              size="sm"
              variant="secondary"
              disabled={update.isPending}
              aria-label={t(member.active ? 'users.deactivateName' : 'users.reactivateName', {
                name: member.full_name,
              })}
              onClick={() => update.mutate({ userId: member.user_id, active: !member.active })}
            >
              {member.active ? t('users.deactivate') : t('users.reactivate')}
            </Button>
          )}
        </td>
      </tr>
    )
  }
  return (
    <div className="space-y-6">
      {canEdit && (
        <Panel title={t('invite.staffTitle')} description={t('invite.staffHint')}>
          <InviteForm side="provider" roles={STAFF_ROLES} />
        </Panel>
      )}
      <Panel title={t('people.title')} description={t('people.deactivateHint')}>
        <AdminAlert error={update.error} />
        <QueryState query={staff}>
          {(rows) => (
            <DataTable
              headers={[
                t('users.name'),
                t('users.email'),
                t('users.role'),
                t('users.status'),
                t('users.actions'),
              ]}
            >
              {rows.map(row)}
            </DataTable>
          )}
        </QueryState>
      </Panel>
    </div>
  )
}
