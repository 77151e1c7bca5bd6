import { useTranslation } from 'react-i18next'

import { DataTable } from '@/components/ui/data-table'
import { QueryState } from '@/components/ui/query-state'
import { dutyName } from '@/lib/workflow'

import { useDuties, type DutyEvidence, type DutyRow } from '../api/get-duties'
import { DutyStatusBadge } from './duty-status-badge'

/** Where the page shows a kind of record (a tab or an anchor), if it shows it at all. */
export type EvidenceLink = (table: string) => string | undefined

function Evidence({ evidence, linkFor }: { evidence: DutyEvidence[]; linkFor: EvidenceLink }) {
  const { t } = useTranslation('duties')
  if (evidence.length === 0) return <span className="text-slate-600">{t('ledger.noEvidence')}</span>
  const href = linkFor(evidence[0]?.table ?? '')
  const label = t('ledger.evidenceCount', { count: evidence.length })
  return href ? (
    <a href={href} className="font-medium text-brand-700 underline underline-offset-4">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  )
}

function LedgerRows({ rows, linkFor }: { rows: DutyRow[]; linkFor: EvidenceLink }) {
  return rows.map((row) => (
    <tr key={row.duty}>
      <th scope="row" className="px-2 py-2 font-medium text-slate-900">
        {dutyName(row.duty)}
      </th>
      <td className="px-2 py-2">
        <DutyStatusBadge status={row.status} />
      </td>
      <td className="px-2 py-2">
        <Evidence evidence={row.evidence} linkFor={linkFor} />
      </td>
    </tr>
  ))
}

/** The ledger of the thirteen duties: the database derives each status; the page only shows it. */
export function DutiesLedger({ engagementId, linkFor }: { engagementId: string; linkFor: EvidenceLink }) {
  const { t } = useTranslation('duties')
  const duties = useDuties(engagementId)
  const headers = [t('ledger.duty'), t('ledger.status'), t('ledger.evidence')]
  return (
    <QueryState query={duties}>
      {(rows) => (
        <div className="grid gap-4 lg:grid-cols-2">
          <DataTable headers={headers} caption={t('ledger.provider')}>
            <LedgerRows rows={rows.filter((row) => row.duty.startsWith('P'))} linkFor={linkFor} />
          </DataTable>
          <DataTable headers={headers} caption={t('ledger.client')}>
            <LedgerRows rows={rows.filter((row) => row.duty.startsWith('C'))} linkFor={linkFor} />
          </DataTable>
        </div>
      )}
    </QueryState>
  )
}
