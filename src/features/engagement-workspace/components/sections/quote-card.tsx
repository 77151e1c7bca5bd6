import { useTranslation } from 'react-i18next'

import { Badge, type BadgeTone } from '@/components/ui/badge'
import { formatDate, formatVnd } from '@/lib/format'
import { dueConditionText, paymentLabel, quoteInstallments, quoteMilestones } from '@/lib/workflow'

import type { Quote } from '../../api/get-quotes'
import { formatCalendarDate } from '../../utils/date-input'
import { DecisionOrigin } from '../decision-origin'

const QUOTE_TONE: Record<Quote['status'], BadgeTone> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'success',
  declined: 'danger',
  superseded: 'neutral',
  withdrawn: 'neutral',
}

type QuoteCardProps = { quote: Quote; packageName: string; clientId: string | null }

/** One quote as sent: its terms, work plan, payment schedule and what the client decided. */
export function QuoteCard({ quote, packageName, clientId }: QuoteCardProps) {
  const { t } = useTranslation('engagement-workspace')
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
        {packageName} · {formatVnd(quote.price_vnd)}
        <Badge tone={QUOTE_TONE[quote.status]}>{t(`quote.status.${quote.status}`)}</Badge>
      </p>
      <p className="text-sm whitespace-pre-line text-slate-700">{quote.scope}</p>
      <div className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <h4 className="font-semibold text-slate-800">{t('quote.milestones')}</h4>
          <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-slate-700">
            {quoteMilestones(quote.milestones).map((milestone, index) => (
              <li key={index}>
                {milestone.title}{' '}
                <span className="text-slate-600">
                  ({t(`milestones.responsible.${milestone.responsible === 'client' ? 'client' : 'provider'}`)}
                  {milestone.dueDate ? `, ${formatCalendarDate(milestone.dueDate)}` : ''})
                </span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h4 className="font-semibold text-slate-800">{t('quote.payments')}</h4>
          <ul className="mt-1 space-y-0.5 text-slate-700">
            {quoteInstallments(quote.payment_schedule).map((installment, index) => (
              <li key={index}>
                {paymentLabel(installment)}: {formatVnd(installment.amountVnd)} ·{' '}
                {dueConditionText(installment.dueCondition, installment.dueOn)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      {quote.sent_at && (
        <p className="text-xs text-slate-600">{t('quote.sentAt', { date: formatDate(quote.sent_at) })}</p>
      )}
      {quote.decline_reason && (
        <p className="text-sm text-red-800">{t('quote.declineReason', { reason: quote.decline_reason })}</p>
      )}
      {quote.status === 'withdrawn' && quote.withdrawn_at && (
        <p className="text-sm text-slate-700">
          {t('quote.withdrawnAt', { date: formatDate(quote.withdrawn_at) })}
          {quote.withdrawal_reason && ` ${t('quote.withdrawalReason', { reason: quote.withdrawal_reason })}`}
        </p>
      )}
      {(quote.status === 'accepted' || quote.status === 'declined') && (
        <DecisionOrigin
          decision={quote.status}
          clientId={clientId}
          decidedBy={quote.decided_by}
          decidedAt={quote.decided_at}
          userAgent={quote.decided_user_agent}
          from={quote.decided_from}
        />
      )}
    </div>
  )
}
