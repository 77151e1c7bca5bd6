import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { QueryState } from '@/components/ui/query-state'
import { paths } from '@/config/paths'
import { formatVnd } from '@/lib/format'
import { isParty, isStep, stateName } from '@/lib/workflow'

import { useEngagements, type ClientEngagement } from '../api/get-engagements'

import { StepProgress } from './step-progress'
import { WhoseMove } from './whose-move'

function EngagementCard({ engagement }: { engagement: ClientEngagement }) {
  const { t } = useTranslation('client-portal')
  const { id, code, title, step, state, agreed_price_vnd: price } = engagement
  if (!id) return null
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-medium text-slate-600">{code}</p>
          <h3 className="font-semibold text-slate-900">
            <Link
              to={paths.clientEngagement.getHref(id)}
              className="rounded hover:text-brand-700 hover:underline"
            >
              {title}
            </Link>
          </h3>
        </div>
        {state && state !== 'active' && <Badge>{stateName(state)}</Badge>}
      </div>
      {isStep(step) && (
        <div className="mt-3">
          <StepProgress step={step} />
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
        <WhoseMove
          party={isParty(engagement.whose_move) ? engagement.whose_move : null}
          reason={engagement.whose_move_reason}
          providerSeconds={engagement.provider_waiting_seconds}
          clientSeconds={engagement.client_waiting_seconds}
        />
        {price != null && (
          <p className="text-sm text-slate-700">
            {t('list.price')} <span className="font-semibold">{formatVnd(price)}</span>
          </p>
        )}
      </div>
    </li>
  )
}

/** Every engagement of the client's company (the database returns no one else's). */
export function EngagementList() {
  const { t } = useTranslation('client-portal')
  const engagements = useEngagements()
  const rows = engagements.data ?? []
  const active = rows.filter((row) => row.state === 'active')
  const other = rows.filter((row) => row.state !== 'active')
  return (
    <QueryState query={engagements} failure="boundary" isEmpty={rows.length === 0} empty={t('list.empty')}>
      <ul className="grid gap-3 lg:grid-cols-2">
        {active.map((engagement) => (
          <EngagementCard key={engagement.id} engagement={engagement} />
        ))}
      </ul>
      {other.length > 0 && (
        <>
          <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-700">{t('list.inactive')}</h3>
          <ul className="grid gap-3 lg:grid-cols-2">
            {other.map((engagement) => (
              <EngagementCard key={engagement.id} engagement={engagement} />
            ))}
          </ul>
        </>
      )}
    </QueryState>
  )
}
