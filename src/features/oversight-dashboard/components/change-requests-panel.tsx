import { useTranslation } from 'react-i18next'

import { formatVnd } from '@/lib/format'
import { partyName } from '@/lib/workflow'

import { useChangeRequestsWaiting } from '../api/get-change-requests-waiting'
import { OVERSIGHT_NS } from '../messages'
import { BarChart } from './bar-chart'
import { QueryPanel } from './query-panel'

export function ChangeRequestsPanel() {
  const { t } = useTranslation(OVERSIGHT_NS)
  const requests = useChangeRequestsWaiting()
  return (
    <QueryPanel title={t('changeRequests.title')} query={requests}>
      {(rows) => (
        <div className="space-y-3">
          <BarChart
            title={t('changeRequests.count')}
            categories={rows.map((r) => t(`changeRequests.${r.status}`, { defaultValue: r.status }))}
            categoryLabel={t('changeRequests.status')}
            series={[
              { label: t('changeRequests.count'), color: '#7c3aed', values: rows.map((r) => r.requests) },
            ]}
            format={String}
          />
          <dl className="grid grid-cols-3 gap-2 text-sm">
            {rows.map((r) => (
              <div key={r.status} className="rounded-md bg-slate-50 p-2">
                <dt className="text-xs text-slate-600">
                  {t('changeRequests.side')}: {partyName(r.waiting_on)}
                </dt>
                <dd className="font-medium text-slate-900">{formatVnd(r.value_vnd)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </QueryPanel>
  )
}
