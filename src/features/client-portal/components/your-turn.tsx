import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

import { QueryState } from '@/components/ui/query-state'
import { paths } from '@/config/paths'
import { formatVnd } from '@/lib/format'

import { useYourTurn, type YourTurnKind } from '../api/get-your-turn'

/** Where on the engagement page each kind of action is done. */
const SECTION: Record<YourTurnKind, string> = {
  acceptQuote: 'quote',
  pay: 'payments',
  provideInformation: 'requirements',
  confirmInformation: 'requirements',
  acceptDelivery: 'acceptance',
  approveChangeRequest: 'change-requests',
  answerClaim: 'warranty',
  confirmFix: 'warranty',
}

/** Every action waiting on the client across their engagements, each a link to where it is done. */
export function YourTurn() {
  const { t } = useTranslation('client-portal')
  const yourTurn = useYourTurn()
  const items = yourTurn.data ?? []
  return (
    <QueryState query={yourTurn} failure="boundary" isEmpty={items.length === 0} empty={t('yourTurn.empty')}>
      <ul className="divide-y divide-amber-200 overflow-hidden rounded-lg border border-amber-200 bg-amber-50">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              to={`${paths.clientEngagement.getHref(item.engagementId)}#${SECTION[item.kind]}`}
              className="flex flex-col gap-0.5 px-4 py-3 hover:bg-amber-100 sm:flex-row sm:items-center sm:justify-between"
            >
              <span>
                <span className="block font-medium text-slate-900">
                  {t(`yourTurn.kind.${item.kind}`)}
                  {item.subject ? `: ${item.subject}` : ''}
                </span>
                <span className="block text-sm text-slate-700">
                  {item.code} · {item.engagementTitle}
                </span>
              </span>
              {item.amountVnd != null && item.amountVnd > 0 && (
                <span className="text-sm font-semibold text-slate-900">{formatVnd(item.amountVnd)}</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </QueryState>
  )
}
