import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { Select } from '@/components/ui/select'
import { formatDate } from '@/lib/format'
import { useCurrentProfile } from '@/lib/profile'

import { useClientMembers, type ClientMember } from '../api/get-client-members'
import { usePendingInvitations } from '../api/get-pending-invitations'
import { useUpdateClientMember } from '../api/update-client-member'
import { ADMIN_NS } from '../messages'
import { AdminAlert } from './admin-alert'
import { InviteForm } from './invite-form'

const CLIENT_ROLES = ['member', 'approver'] as const
type ClientRole = (typeof CLIENT_ROLES)[number]
const isClientRole = (value: string): value is ClientRole =>
  (CLIENT_ROLES as readonly string[]).includes(value)

/** Who was invited and has not yet accepted; nothing when there is nobody. */
function PendingInvitations({ clientId }: { clientId: string }) {
  const { t } = useTranslation(ADMIN_NS)
  const invitations = usePendingInvitations(clientId)
  if (!invitations.data?.length) return null
  return (
    <section className="space-y-2 border-t border-slate-100 pt-3">
      <h3 className="text-sm font-semibold text-slate-900">{t('invite.pendingTitle')}</h3>
      <ul className="space-y-1 text-sm">
        {invitations.data.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap gap-x-2">
            <span className="font-medium text-slate-900">{invitation.email}</span>
            <span className="text-slate-600">
              {t('invite.pendingUntil', {
                role: isClientRole(invitation.role) ? t(`roles.${invitation.role}`) : invitation.role,
                date: formatDate(invitation.expires_at),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** A client's users; those who may (admins, the client's approver) change roles, deactivate and invite. */
export function ClientUsersPanel({ clientId, canManage }: { clientId: string; canManage: boolean }) {
  const { t } = useTranslation(ADMIN_NS)
  const members = useClientMembers(clientId)
  const update = useUpdateClientMember()
  const me = useCurrentProfile().userId
  const row = (member: ClientMember) => {
    const editable = canManage && member.user_id !== me
    const label = t('users.roleOf', { name: member.full_name })
    return (
      <tr key={member.user_id}>
        <td className="px-2 py-2 font-medium">
          {member.full_name}
          {member.user_id === me && <span className="text-slate-600"> ({t('users.you')})</span>}
        </td>
        <td className="px-2 py-2">{member.email}</td>
        <td className="px-2 py-2">
          {editable ? (
            <Select
              aria-label={label}
              value={member.role}
              disabled={update.isPending}
              onChange={(event) => {
                const role = event.target.value
                if (isClientRole(role)) update.mutate({ clientId, userId: member.user_id, role })
              }}
            >
              {CLIENT_ROLES.map((role) => (
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
              onClick={() => update.mutate({ clientId, userId: member.user_id, active: !member.active })}
            >
              {member.active ? t('users.deactivate') : t('users.reactivate')}
            </Button>
          )}
        </td>
      </tr>
    )
  }
  return (
    <Panel title={t('users.title')} description={canManage ? t('users.hintManage') : undefined}>
      <AdminAlert error={update.error} />
      <QueryState query={members} isEmpty={members.data?.length === 0} empty={t('users.none')}>
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
      {canManage && <PendingInvitations clientId={clientId} />}
      {canManage && (
        <section className="space-y-2 border-t border-slate-100 pt-3">
          <h3 className="text-sm font-semibold text-slate-900">{t('invite.colleagueTitle')}</h3>
          <InviteForm side="client" clientId={clientId} roles={CLIENT_ROLES} />
        </section>
      )}
    </Panel>
  )
}
