import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { formatDate, formatVnd } from '@/lib/format'

import type { LicenceAsset } from '../api/get-licence-assets'
import type { LicenceRegister } from '../api/get-licence-register'

export function RegisterStatus({ register }: { register: LicenceRegister | null }) {
  const { t } = useTranslation('duties')
  return register ? (
    <Badge tone="success">{t('licences.complete', { date: formatDate(register.completed_at) })}</Badge>
  ) : (
    <Badge tone="warning">{t('licences.open')}</Badge>
  )
}

/** The licence register: every third-party asset with its licence, source, holder, cost and expiry. */
export function LicenceTable({ assets }: { assets: LicenceAsset[] }) {
  const { t } = useTranslation('duties')
  if (assets.length === 0) return <EmptyState>{t('licences.empty')}</EmptyState>
  const headers = [
    t('licences.name'),
    t('licences.licence'),
    t('licences.source'),
    t('licences.holderLabel'),
    t('licences.cost'),
    t('licences.expires'),
  ]
  return (
    <DataTable headers={headers} caption={t('licences.title')}>
      {assets.map((asset) => (
        <tr key={asset.id}>
          <th scope="row" className="px-2 py-2 font-medium text-slate-900">
            {asset.name}
            <span className="block text-xs font-normal text-slate-600">
              {t(`licences.kind.${asset.kind}`)}
            </span>
          </th>
          <td className="px-2 py-2">{asset.licence}</td>
          <td className="px-2 py-2">{asset.source}</td>
          <td className="px-2 py-2">{t(`licences.holder.${asset.holder}`)}</td>
          <td className="px-2 py-2 whitespace-nowrap">{formatVnd(asset.cost_vnd)}</td>
          <td className="px-2 py-2 whitespace-nowrap">
            {asset.expires_on ? formatDate(asset.expires_on) : t('licences.noExpiry')}
          </td>
        </tr>
      ))}
    </DataTable>
  )
}
