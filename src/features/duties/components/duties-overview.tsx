import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { paths } from '@/config/paths'
import { DUTIES, dutyStatusName, isDutyStatus, type Duty, type DutyStatus } from '@/lib/workflow'

import { useDutiesOverview, type EngagementDutiesRow } from '../api/get-duties-overview'

const MARK: Record<DutyStatus, { symbol: string; className: string }> = {
  met: { symbol: '✓', className: 'bg-emerald-100 text-emerald-900' },
  open: { symbol: '!', className: 'bg-amber-100 text-amber-900' },
  not_applicable: { symbol: '–', className: 'text-slate-600' },
}

const statusOf = (row: EngagementDutiesRow, duty: Duty): string | null =>
  row[duty.toLowerCase() as Lowercase<Duty>]

function Cell({ status }: { status: string | null }) {
  const mark = isDutyStatus(status) ? MARK[status] : null
  return (
    <td className="px-1 py-2 text-center">
      <span
        aria-hidden="true"
        className={`inline-flex size-6 items-center justify-center rounded-full text-xs font-bold ${mark?.className ?? ''}`}
      >
        {mark?.symbol ?? ''}
      </span>
      <span className="sr-only">{isDutyStatus(status) ? dutyStatusName(status) : ''}</span>
    </td>
  )
}

/** Managers' dashboard: a column per duty of the policy across the active engagements. */
export function DutiesOverview() {
  const { t } = useTranslation('duties')
  const overview = useDutiesOverview()
  return (
    <Panel title={t('overview.title')} description={t('overview.description')}>
      <QueryState query={overview}>
        {({ rows, count }) =>
          rows.length === 0 ? (
            <EmptyState>{t('overview.empty')}</EmptyState>
          ) : (
            <div className="space-y-2 overflow-x-auto">
              <table className="w-full text-left text-sm text-slate-800">
                <caption className="sr-only">{t('overview.title')}</caption>
                <thead className="text-xs text-slate-600">
                  <tr>
                    <th scope="col" className="px-2 py-2 font-semibold uppercase">
                      {t('overview.engagement')}
                    </th>
                    {DUTIES.map((duty) => (
                      <th key={duty} scope="col" className="px-1 py-2 text-center font-semibold">
                        <Link
                          to={`${paths.board.getHref()}?duty=${duty}`}
                          title={t('overview.filterBoard', { duty })}
                          aria-label={t('overview.filterBoard', { duty })}
                          className="text-brand-700 underline underline-offset-4"
                        >
                          {duty}
                        </Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((row) => (
                    <tr key={row.engagement_id}>
                      <th scope="row" className="px-2 py-2 font-medium">
                        <Link
                          to={paths.engagement.getHref(row.engagement_id)}
                          className="text-slate-900 hover:underline"
                        >
                          {row.code}
                        </Link>
                        <span className="block max-w-56 truncate text-xs font-normal text-slate-600">
                          {row.client_name}
                        </span>
                      </th>
                      {DUTIES.map((duty) => (
                        <Cell key={duty} status={statusOf(row, duty)} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {count > rows.length && (
                <p className="text-sm text-slate-600">
                  {t('overview.shownOf', { shown: rows.length, total: count })}
                </p>
              )}
            </div>
          )
        }
      </QueryState>
    </Panel>
  )
}
