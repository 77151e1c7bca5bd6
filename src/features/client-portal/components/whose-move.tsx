import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { formatWaiting, whoseMoveLabel, whoseMoveReason, type Party } from '@/lib/workflow'

type WhoseMoveProps = {
  party: Party | null
  reason: string | null
  providerSeconds: number | null
  clientSeconds: number | null
  /** Set for a member when every action of the client's side is the approver's: whose it is, by name. */
  approverNames?: string | null
}

/** Whose move it is, what they must do, and how long the engagement has waited on each side (P4). */
export function WhoseMove({
  party,
  reason,
  providerSeconds,
  clientSeconds,
  approverNames = null,
}: WhoseMoveProps) {
  const { t } = useTranslation('client-portal')
  const side = party ?? 'none'
  let label = whoseMoveLabel(side)
  if (side === 'client' && approverNames === null) label = t('whoseMove.yours')
  else if (side === 'client' && approverNames) label = t('whoseMove.approver', { name: approverNames })
  else if (side === 'client') label = t('whoseMove.approverUnnamed')
  return (
    <div className="space-y-1 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={side === 'client' ? 'warning' : side === 'provider' ? 'brand' : 'neutral'}>
          {label}
        </Badge>
        <span className="text-slate-700">{whoseMoveReason(reason)}</span>
      </p>
      <p className="text-slate-600">
        {t('whoseMove.waited', {
          provider: formatWaiting(providerSeconds),
          client: formatWaiting(clientSeconds),
        })}
      </p>
    </div>
  )
}
