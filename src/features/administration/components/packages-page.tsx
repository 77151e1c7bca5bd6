import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { formatVnd } from '@/lib/format'

import { usePackages, type AdminPackage } from '../api/get-packages'
import { useSavePackage } from '../api/save-package'
import { ADMIN_NS } from '../messages'
import { AdminAlert } from './admin-alert'
import { PackageForm } from './package-form'
import { useAdminAccess } from './use-admin-access'

/** The catalogue of service packages; an archived package is no longer offered in new quotes. */
export function PackagesPage() {
  const { t } = useTranslation(ADMIN_NS)
  const { canEdit } = useAdminAccess()
  const packages = usePackages()
  const archive = useSavePackage()
  const [editing, setEditing] = useState<AdminPackage | 'new' | null>(null)
  const toggle = (item: AdminPackage) =>
    archive.mutate({
      packageId: item.id,
      active: !item.active,
      code: item.code,
      name: item.name,
      description: item.description,
      price: String(item.price_vnd),
      warrantyMonths: String(item.warranty_months),
    })
  return (
    <div className="space-y-6">
      {canEdit && editing && (
        <Panel title={editing === 'new' ? t('packages.new') : t('packages.edit', { name: editing.name })}>
          <PackageForm item={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        </Panel>
      )}
      <Panel
        title={t('packages.title')}
        actions={
          canEdit && !editing ? (
            <Button size="sm" onClick={() => setEditing('new')}>
              {t('packages.new')}
            </Button>
          ) : undefined
        }
      >
        <AdminAlert error={archive.error} />
        <QueryState query={packages}>
          {(rows) => (
            <DataTable
              headers={[
                t('packages.code'),
                t('packages.name'),
                t('packages.price'),
                t('packages.warrantyMonths'),
                t('users.status'),
                t('users.actions'),
              ]}
            >
              {rows.map((item) => (
                <tr key={item.id}>
                  <td className="px-2 py-2 font-mono text-xs">{item.code}</td>
                  <td className="px-2 py-2 font-medium">{item.name}</td>
                  <td className="px-2 py-2 whitespace-nowrap">{formatVnd(item.price_vnd)}</td>
                  <td className="px-2 py-2">{t('packages.months', { count: item.warranty_months })}</td>
                  <td className="px-2 py-2">
                    {item.active ? (
                      <Badge tone="success">{t('packages.onSale')}</Badge>
                    ) : (
                      <Badge>{t('packages.archived')}</Badge>
                    )}
                  </td>
                  <td className="px-2 py-2 text-right whitespace-nowrap">
                    {canEdit && (
                      <span className="inline-flex gap-1">
                        <Button
                          size="sm"
                          variant="secondary"
                          aria-label={t('packages.editName', { name: item.name })}
                          onClick={() => setEditing(item)}
                        >
                          {t('packages.editShort')}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={archive.isPending}
                          aria-label={t(item.active ? 'packages.archiveName' : 'packages.restoreName', {
                            name: item.name,
                          })}
                          onClick={() => toggle(item)}
                        >
                          {item.active ? t('packages.archive') : t('packages.restore')}
                        </Button>
                      </span>
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
