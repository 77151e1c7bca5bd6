import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { Badge, type BadgeTone } from '@/components/ui/badge'
import { formatDate, formatDateTime, formatVnd } from '@/lib/format'
import { isManagerProfile, useCurrentProfile } from '@/lib/profile'
import { formatWaiting, stateName, whoseMoveLabel, whoseMoveReason } from '@/lib/workflow'

import type { EngagementSummary } from '../api/get-engagement'
import { ReassignAccountManager } from './reassign-account-manager'
import { StateActions } from './state-actions'
import { StepProgress } from './step-progress'

const STATE_TONE: Record<string, BadgeTone> = {
  active: 'success',
  on_hold: 'warning',
  cancelled: 'danger',
  closed: 'neutral',
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  )
}

export function EngagementHeader({ engagement }: { engagement: EngagementSummary }) {
  const { t } = useTranslation('engagement-workspace')
  const manager = isManagerProfile(useCurrentProfile())
  const party = engagement.whose_move ?? 'none'
  const reason = whoseMoveReason(engagement.whose_move_reason)
  return (
    <header className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="font-mono text-sm text-slate-600">{engagement.code}</p>
          <h1 className="text-2xl font-semibold text-slate-900">{engagement.title}</h1>
          <p className="text-sm text-slate-700">
            {t('page.client')}: {engagement.client_name}
          </p>
        </div>
        {engagement.state && <Badge tone={STATE_TONE[engagement.state]}>{stateName(engagement.state)}</Badge>}
      </div>
      {engagement.step && <StepProgress step={engagement.step} />}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact label={t('header.whoseMove')}>
          <span className="font-semibold">{whoseMoveLabel(party)}</span>
          {reason && <span className="block text-slate-700">{reason}</span>}
          {engagement.whose_move_since && party !== 'none' && (
            <span className="block text-xs text-slate-600">
              {t('header.since', { date: formatDateTime(engagement.whose_move_since) })}
            </span>
          )}
        </Fact>
        <Fact label={t('header.waits')}>
          <span className="block">
            {t('header.waitProvider', { duration: formatWaiting(engagement.provider_waiting_seconds) })}
          </span>
          <span className="block">
            {t('header.waitClient', { duration: formatWaiting(engagement.client_waiting_seconds) })}
          </span>
        </Fact>
        <Fact label={t('header.accountManager')}>
          <span className="mb-2 block">
            {engagement.account_manager_name ?? t('header.noAccountManager')}
          </span>
          {manager && <ReassignAccountManager engagement={engagement} />}
        </Fact>
        <Fact label={t('header.agreedPrice')}>
          {engagement.agreed_price_vnd === null ? '—' : formatVnd(engagement.agreed_price_vnd)}
          {engagement.warranty_ends_at && (
            <span className="block text-xs text-slate-600">
              {t('header.warranty', { date: formatDate(engagement.warranty_ends_at) })}
            </span>
          )}
        </Fact>
      </dl>
      {manager && <StateActions engagement={engagement} />}
    </header>
  )
}
