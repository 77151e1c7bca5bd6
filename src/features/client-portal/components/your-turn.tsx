import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

import { QueryState } from '@/components/ui/query-state'
import { paths } from '@/config/paths'
import { formatVnd } from '@/lib/format'
import { paymentLabel } from '@/lib/workflow'

import { useApprovers } from '../api/get-approvers'
import { useYourTurn, type YourTurnItem } from '../api/get-your-turn'
import type vi from '../locales/vi'

type ClientKind = keyof typeof vi.yourTurn.kind

/** Where on the engagement page each kind of action is done. */
const SECTION: Record<ClientKind, string> = {
  decide_quote: 'quote',
  pay: 'payments',
  provide_requirement: 'requirements',
  confirm_requirement: 'requirements',
  complete_milestone: 'milestones',
  decide_acceptance: 'acceptance',
  decide_change_request: 'change-requests',
  answer_claim: 'warranty',
  confirm_fix: 'warranty',
}

const isClientKind = (kind: string | null): kind is ClientKind => Boolean(kind && kind in SECTION)

function subjectOf(item: YourTurnItem): string | null {
  if (!item.subject_title) return null
  if (item.kind !== 'pay') return item.subject_title
  return paymentLabel({
    label: item.subject_title,
    kind: item.payment_kind,
    label_code: item.payment_label_code,
  })
}

function ActionLine({ item, approverNames }: { item: YourTurnItem; approverNames: string | null }) {
  const { t } = useTranslation('client-portal')
  const kind = isClientKind(item.kind) ? item.kind : null
  const subject = subjectOf(item)
  return (
    <Link
      to={`${paths.clientEngagement.getHref(item.engagement_id ?? '')}#${kind ? SECTION[kind] : ''}`}
      className="flex flex-col gap-0.5 px-4 py-3 hover:bg-amber-100 sm:flex-row sm:items-center sm:justify-between"
    >
      <span>
        <span className="block font-medium text-slate-900">
          {kind ? t(`yourTurn.kind.${kind}`) : t('yourTurn.other')}
          {subject ? `: ${subject}` : ''}
        </span>
        <span className="block text-sm text-slate-700">
          {item.engagement_code} · {item.engagement_title}
        </span>
        {approverNames !== null && (
          <span className="block text-sm font-medium text-slate-700">
            {approverNames
              ? t('yourTurn.waitingOnApprover', { name: approverNames })
              : t('yourTurn.waitingOnAnApprover')}
          </span>
        )}
      </span>
      {item.amount_vnd != null && item.amount_vnd > 0 && (
        <span className="text-sm font-semibold text-slate-900">{formatVnd(item.amount_vnd)}</span>
      )}
    </Link>
  )
}

/**
 * Every action waiting on the client's side across their engagements, each a link to where it is
 * done. A member sees the approver's decisions as the approver's, by name, never as theirs.
 */
export function YourTurn({ isApprover }: { isApprover: boolean }) {
  const { t } = useTranslation('client-portal')
  const yourTurn = useYourTurn()
  const approvers = useApprovers()
  const items = yourTurn.data ?? []
  const names = (approvers.data ?? []).join(', ')
  const theirs = (item: YourTurnItem) => !isApprover && item.actor === 'client_approver'
  const ordered = [...items.filter((item) => !theirs(item)), ...items.filter(theirs)]
  return (
    <QueryState query={yourTurn} failure="boundary" isEmpty={items.length === 0} empty={t('yourTurn.empty')}>
      <ul className="divide-y divide-amber-200 overflow-hidden rounded-lg border border-amber-200 bg-amber-50">
        {ordered.map((item) => (
          <li key={`${item.kind ?? ''}:${item.subject_id ?? ''}`}>
            <ActionLine item={item} approverNames={theirs(item) ? names : null} />
          </li>
        ))}
      </ul>
    </QueryState>
  )
}
