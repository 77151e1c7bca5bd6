import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { paths } from '@/config/paths'
import { formatDate } from '@/lib/format'

import { useArchiveClient } from '../api/archive-client'
import { useClients } from '../api/get-clients'
import { ADMIN_NS } from '../messages'
import { AdminAlert } from './admin-alert'
import { ClientForm } from './client-form'
import { ClientUsersPanel } from './client-users-panel'
import { useAdminAccess } from './use-admin-access'

/** One client: its details, whether it is archived, and its users. */
export function ClientDetailPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation(ADMIN_NS)
  const { canEdit } = useAdminAccess()
  const clients = useClients()
  const archive = useArchiveClient()
  const client = clients.data?.find((row) => row.id === clientId)
  return (
    <div className="space-y-6">
      <Link className="text-sm text-brand-700 underline" to={paths.admin.clients.getHref()}>
        {t('clients.back')}
      </Link>
      <QueryState query={clients} isEmpty={!client} empty={t('clients.notFound')}>
        {() =>
          client && (
            <>
              <Panel title={client.name}>
                <ClientForm client={client} disabled={!canEdit} />
              </Panel>
              <Panel
                title={t('clients.archiveTitle')}
                description={
                  client.archived_at
                    ? t('clients.archivedOn', { date: formatDate(client.archived_at) })
                    : t('clients.archiveHint')
                }
              >
                <AdminAlert error={archive.error} />
                {canEdit && (
                  <Button
                    variant="secondary"
                    isLoading={archive.isPending}
                    onClick={() => archive.mutate({ clientId, archived: !client.archived_at })}
                  >
                    {client.archived_at ? t('clients.restore') : t('clients.archive')}
                  </Button>
                )}
              </Panel>
              <ClientUsersPanel clientId={clientId} canManage={canEdit} />
            </>
          )
        }
      </QueryState>
    </div>
  )
}
