import { useTranslation } from 'react-i18next'

import { formatVnd } from '@/lib/format'
import { formatWaiting, stepName } from '@/lib/workflow'

import { useStepFigures } from '../api/get-step-figures'
import { OVERSIGHT_NS } from '../messages'
import { BarChart } from './bar-chart'
import { QueryPanel } from './query-panel'

const PROVIDER = '#1d4ed8'
const CLIENT = '#b45309'

export function StepsPanel() {
  const { t } = useTranslation(OVERSIGHT_NS)
  const steps = useStepFigures()
  return (
    <QueryPanel title={t('steps.title')} query={steps}>
      {(rows) => {
        const categories = rows.map((row) => stepName(row.step))
        return (
          <div className="grid gap-6 lg:grid-cols-2">
            <BarChart
              title={t('steps.count')}
              categories={categories}
              categoryLabel={t('steps.step')}
              series={[{ label: t('steps.count'), color: '#0f766e', values: rows.map((r) => r.engagements) }]}
              format={String}
            />
            <BarChart
              title={t('steps.value')}
              categories={categories}
              categoryLabel={t('steps.step')}
              series={[{ label: t('steps.value'), color: '#4338ca', values: rows.map((r) => r.value_vnd) }]}
              format={(v) => formatVnd(v)}
            />
            <div className="lg:col-span-2">
              <BarChart
                title={t('steps.waitTitle')}
                categories={categories}
                categoryLabel={t('steps.step')}
                series={[
                  {
                    label: t('steps.provider'),
                    color: PROVIDER,
                    values: rows.map((r) => r.median_provider_wait_seconds),
                  },
                  {
                    label: t('steps.client'),
                    color: CLIENT,
                    values: rows.map((r) => r.median_client_wait_seconds),
                  },
                ]}
                format={(v) => formatWaiting(v)}
              />
            </div>
          </div>
        )
      }}
    </QueryPanel>
  )
}
