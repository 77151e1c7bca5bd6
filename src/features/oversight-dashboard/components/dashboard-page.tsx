import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { Spinner } from '@/components/ui/spinner'
import { readRefusal } from '@/lib/workflow'

import { useWarrantySummary } from '../api/get-warranty-summary'
import { OVERSIGHT_NS, oversightRefusal } from '../messages'
import { BreachesPanel } from './breaches-panel'
import { ChangeRequestsPanel } from './change-requests-panel'
import { PaymentsPanel } from './payments-panel'
import { StepsPanel } from './steps-panel'
import { SummaryPanel } from './summary-panel'
import { WarrantiesPanel } from './warranties-panel'

/**
 * The database decides who sees these figures: the page asks, and when it refuses, says so
 * instead of drawing empty charts.
 */
export function DashboardPage({ children }: { children?: ReactNode }) {
  // children: panels other features add (the route composes them), shown under the same refusal.
  const { t } = useTranslation(OVERSIGHT_NS)
  const gate = useWarrantySummary()
  const refused = gate.isError && readRefusal(gate.error) !== null
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
        <p className="text-slate-600">{t('subtitle')}</p>
      </header>
      {gate.isPending && (
        <p role="status" className="flex items-center gap-2 text-slate-600">
          <Spinner size="sm" /> {t('loading')}
        </p>
      )}
      {refused ? (
        <section
          role="alert"
          aria-labelledby="refused-title"
          className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-4"
        >
          <h2 id="refused-title" className="font-semibold text-red-900">
            {t('refusedTitle')}
          </h2>
          <p className="text-sm text-red-800">{t('refused', { message: oversightRefusal(gate.error) })}</p>
        </section>
      ) : (
        !gate.isPending && (
          <>
            <SummaryPanel />
            <StepsPanel />
            <div className="grid gap-6 lg:grid-cols-2">
              <BreachesPanel />
              <ChangeRequestsPanel />
            </div>
            <PaymentsPanel />
            <WarrantiesPanel />
            {children}
          </>
        )
      )}
    </div>
  )
}
