import { useTranslation } from 'react-i18next'

import { formatWaiting, whoseMoveLabel, whoseMoveReason, type Party } from '@/lib/workflow'

const tones: Record<Party, string> = {
  provider: 'bg-brand-50 text-brand-800',
  client: 'bg-violet-50 text-violet-800',
  none: 'bg-slate-100 text-slate-700',
}

type WhoseMoveProps = {
  party: Party
  reason: string | null
  providerSeconds: number | null
  clientSeconds: number | null
}

/** Whose move it is, what they have to do, and how long each side has waited in total. */
export function WhoseMove({ party, reason, providerSeconds, clientSeconds }: WhoseMoveProps) {
  const { t } = useTranslation('board')
  const explanation = whoseMoveReason(reason)
  return (
    <div className="space-y-1">
      <p className={`rounded px-1.5 py-0.5 text-xs font-semibold ${tones[party]}`}>
        {whoseMoveLabel(party)}
        {explanation && <span className="block font-normal">{explanation}</span>}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-700">
        <dt>{t('card.waitedProvider')}</dt>
        <dd>{formatWaiting(providerSeconds)}</dd>
        <dt>{t('card.waitedClient')}</dt>
        <dd>{formatWaiting(clientSeconds)}</dd>
      </dl>
    </div>
  )
}
