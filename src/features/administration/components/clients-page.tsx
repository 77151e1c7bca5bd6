import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { paths } from '@/config/paths'

import { useClients } from '../api/get-clients'
import { useStaff } from '../api/get-staff'
import { ADMIN_NS } from '../messages'
import { ClientForm } from './client-form'
import { useAdminAccess } from './use-admin-access'

/** Every client company, archived ones marked; admins add new ones here. */
export function ClientsPage() {
  const { t } = useTranslation(ADMIN_NS)
  const { canEdit } = useAdminAccess()
  const clients = useClients()
  const staff = useStaff()
  const navigate = useNavigate()
  const [adding, setAdding] = useState(false)
  const nameOf = (userId: string | null) =>
    staff.data?.find((member) => member.user_id === userId)?.full_name ?? '—'
  return (
    <div className="space-y-6">
      {canEdit && adding && (
        <Panel title={t('clients.new')}>
          <ClientForm
            disabled={false}
            onSaved={(clientId) => navigate(paths.admin.client.getHref(clientId))}
          />
        </Panel>
      )}
      <Panel
        title={t('clients.title')}
        actions={
          canEdit && !adding ? (
            <Button size="sm" onClick={() => setAdding(true)}>
              {t('clients.new')}
            </Button>
          ) : undefined
        }
      >
        <QueryState query={clients} isEmpty={clients.data?.length === 0} empty={t('clients.none')}>
          {(rows) => (
            <DataTable
              headers={[
                t('clients.name'),
                t('clients.taxCode'),
                t('clients.defaultAccountManager'),
                t('clients.status'),
              ]}
            >
              {rows.map((client) => (
                <tr key={client.id}>
                  <td className="px-2 py-2 font-medium">
                    <Link className="text-brand-700 underline" to={paths.admin.client.getHref(client.id)}>
                      {client.name}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{client.tax_code ?? '—'}</td>
                  <td className="px-2 py-2">{nameOf(client.default_account_manager_id)}</td>
                  <td className="px-2 py-2">
                    {client.archived_at ? (
                      <Badge>{t('clients.archived')}</Badge>
                    ) : (
                      <Badge tone="success">{t('clients.active')}</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      </Panel>
    </div>
  )
}
