import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { formatWaiting, whoseMoveLabel, whoseMoveReason, type Party } from '@/lib/workflow'

type WhoseMoveProps = {
  party: Party | null
  reason: string | null
  providerSeconds: number | null
  clientSeconds: number | null
}

/** Whose move it is, what they must do, and how long the engagement has waited on each side (P4). */
export function WhoseMove({ party, reason, providerSeconds, clientSeconds }: WhoseMoveProps) {
  const { t } = useTranslation('client-portal')
  const side = party ?? 'none'
  return (
    <div className="space-y-1 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={side === 'client' ? 'warning' : side === 'provider' ? 'brand' : 'neutral'}>
          {side === 'client' ? t('whoseMove.yours') : whoseMoveLabel(side)}
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
