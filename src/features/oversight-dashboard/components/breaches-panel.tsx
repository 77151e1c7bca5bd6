import { useTranslation } from 'react-i18next'

import { formatDate } from '@/lib/format'

import { useSlaBreaches } from '../api/get-sla-breaches'
import { OVERSIGHT_NS } from '../messages'
import { QueryPanel } from './query-panel'

const HEIGHT = 120
const WIDTH = 600

/** Stacked daily columns (response, resolution); the figures are also in a table for screen readers. */
export function BreachesPanel() {
  const { t } = useTranslation(OVERSIGHT_NS)
  const breaches = useSlaBreaches()
  return (
    <QueryPanel title={t('breaches.title')} query={breaches}>
      {(days) => {
        const max = Math.max(1, ...days.map((d) => d.response_breaches + d.resolution_breaches))
        const total = days.reduce((sum, d) => sum + d.response_breaches + d.resolution_breaches, 0)
        const step = WIDTH / Math.max(days.length, 1)
        const scale = (value: number) => (value / max) * (HEIGHT - 20)
        return (
          <figure className="space-y-2">
            <figcaption className="text-sm text-slate-700">
              {t('breaches.total', { count: total })}
            </figcaption>
            <ul className="flex gap-4 text-xs text-slate-700" aria-hidden="true">
              <li className="flex items-center gap-1.5">
                <span className="inline-block size-3 rounded-sm bg-amber-600" /> {t('breaches.response')}
              </li>
              <li className="flex items-center gap-1.5">
                <span className="inline-block size-3 rounded-sm bg-red-700" /> {t('breaches.resolution')}
              </li>
            </ul>
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`}
              className="w-full"
              aria-hidden="true"
              focusable="false"
            >
              <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-300" />
              {days.map((d, i) => {
                const resolution = scale(d.resolution_breaches)
                const response = scale(d.response_breaches)
                return (
                  <g key={d.day} transform={`translate(${i * step + 2} 0)`}>
                    <rect
                      y={HEIGHT - resolution}
                      width={step - 4}
                      height={resolution}
                      className="fill-red-700"
                    />
                    <rect
                      y={HEIGHT - resolution - response}
                      width={step - 4}
                      height={response}
                      className="fill-amber-600"
                    />
                  </g>
                )
              })}
              <text x={0} y={HEIGHT + 13} className="fill-slate-600 text-[11px]">
                {days[0] && formatDate(days[0].day)}
              </text>
              <text x={WIDTH} y={HEIGHT + 13} textAnchor="end" className="fill-slate-600 text-[11px]">
                {days.at(-1) && formatDate(days.at(-1)?.day ?? '')}
              </text>
            </svg>
            <table className="sr-only">
              <caption>{t('breaches.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('breaches.day')}</th>
                  <th scope="col">{t('breaches.response')}</th>
                  <th scope="col">{t('breaches.resolution')}</th>
                </tr>
              </thead>
              <tbody>
                {days
                  .filter((d) => d.response_breaches + d.resolution_breaches > 0)
                  .map((d) => (
                    <tr key={d.day}>
                      <th scope="row">{formatDate(d.day)}</th>
                      <td>{d.response_breaches}</td>
                      <td>{d.resolution_breaches}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </figure>
        )
      }}
    </QueryPanel>
  )
}
