import { useTranslation } from 'react-i18next'

import { useWarrantySummary } from '../api/get-warranty-summary'
import { OVERSIGHT_NS } from '../messages'
import { QueryPanel } from './query-panel'

const FIGURES = [
  ['open', 'open_claims'],
  ['unassigned', 'unassigned'],
  ['onTrack', 'on_track'],
  ['atRisk', 'at_risk'],
  ['breached', 'breached'],
  ['waitingOnClient', 'waiting_on_client'],
  ['resolved30', 'resolved_last_30_days'],
  ['withinSla30', 'resolved_within_sla_last_30_days'],
] as const

export function SummaryPanel() {
  const { t } = useTranslation(OVERSIGHT_NS)
  const summary = useWarrantySummary()
  return (
    <QueryPanel title={t('summary.title')} query={summary}>
      {(rows) => (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {FIGURES.map(([label, column]) => (
            <div key={label} className="rounded-md bg-slate-50 p-3">
              <dt className="text-xs font-medium text-slate-600">{t(`summary.${label}`)}</dt>
              <dd className="text-2xl font-semibold text-slate-900">{rows[0]?.[column] ?? 0}</dd>
            </div>
          ))}
        </dl>
      )}
    </QueryPanel>
  )
}
