import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { ConfirmDialog, type ConfirmTerm } from '@/components/ui/confirm-dialog'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { QueryState } from '@/components/ui/query-state'
import { formatDate, formatVnd } from '@/lib/format'
import { dueConditionText, paymentLabel, quoteInstallments, quoteMilestones } from '@/lib/workflow'

import { useAcceptQuote } from '../api/accept-quote'
import { declineQuoteSchema, useDeclineQuote } from '../api/decline-quote'
import { useQuotes, type ClientQuote } from '../api/get-quotes'

import { ApproverNote } from './approver-note'
import { BusinessDocumentButton } from './business-document-button'
import { useEngagementView } from './engagement-context'
import { ReasonForm } from './reason-form'

function QuoteDetails({ quote }: { quote: ClientQuote }) {
  const { t } = useTranslation('client-portal')
  return (
    <div className="space-y-4">
      <dl className="grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-600">{t('quote.package')}</dt>
          <dd className="font-medium text-slate-900">{quote.package?.name ?? '—'}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('quote.price')}</dt>
          <dd className="text-lg font-semibold text-slate-900">{formatVnd(quote.price_vnd)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('quote.warranty')}</dt>
          <dd className="font-medium text-slate-900">
            {quote.package ? t('quote.months', { count: quote.package.warranty_months }) : '—'}
          </dd>
        </div>
      </dl>
      <div>
        <h3 className="text-sm font-semibold text-slate-800">{t('quote.scope')}</h3>
        <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{quote.scope}</p>
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-800">{t('quote.milestones')}</h3>
        <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm text-slate-800">
          {quoteMilestones(quote.milestones).map((milestone, index) => (
            <li key={index}>
              {milestone.title}{' '}
              <span className="text-slate-600">
                ({t(`responsible.${milestone.responsible === 'client' ? 'client' : 'provider'}`)}
                {milestone.dueDate ? `, ${formatDate(milestone.dueDate)}` : ''})
              </span>
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-800">{t('quote.schedule')}</h3>
        <ul className="mt-1 space-y-1 text-sm text-slate-800">
          {quoteInstallments(quote.payment_schedule).map((installment, index) => (
            <li key={index} className="flex flex-wrap justify-between gap-2">
              <span>
                {paymentLabel(installment)}
                <span className="text-slate-600">
                  {' '}
                  · {dueConditionText(installment.dueCondition, installment.dueOn)}
                </span>
              </span>
              <span className="font-medium">{formatVnd(installment.amountVnd)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

function SentQuoteActions({ quote }: { quote: ClientQuote }) {
  const { t } = useTranslation('client-portal')
  const view = useEngagementView()
  const accept = useAcceptQuote()
  const decline = useDeclineQuote()
  const [declining, setDeclining] = useState(false)
  const [confirming, setConfirming] = useState(false)
  if (!view.isApprover) return <ApproverNote />
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      {!confirming && <RefusalAlert error={accept.error ?? decline.error} />}
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => {
            accept.reset()
            setConfirming(true)
          }}
        >
          {t('quote.accept')}
        </Button>
        {!declining && (
          <Button variant="secondary" onClick={() => setDeclining(true)}>
            {t('quote.decline')}
          </Button>
        )}
      </div>
      {declining && (
        <ReasonForm
          schema={declineQuoteSchema}
          field="reason"
          label={t('quote.declineReason')}
          submitLabel={t('quote.confirmDecline')}
          isPending={decline.isPending}
          onCancel={() => setDeclining(false)}
          onSubmit={(reason) =>
            decline.mutate(
              { quoteId: quote.id, quoteVersion: quote.version, reason },
              { onSuccess: () => setDeclining(false) },
            )
          }
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('decide.quoteTitle')}
          description={t('decide.quoteDescription')}
          terms={quoteTerms(quote, t)}
          confirmLabel={t('decide.quoteConfirm')}
          cancelLabel={t('decide.cancel')}
          isPending={accept.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            accept.mutate(
              {
                engagementId: view.engagementId,
                version: view.version,
                quoteId: quote.id,
                quoteVersion: quote.version,
              },
              { onSettled: () => setConfirming(false) },
            )
          }
        />
      )}
    </div>
  )
}

/** The terms the approver binds the company to: package, price, and each payment with when it falls due. */
function quoteTerms(quote: ClientQuote, t: TFunction<'client-portal'>): ConfirmTerm[] {
  return [
    { label: t('quote.package'), value: quote.package?.name ?? '—' },
    { label: t('quote.price'), value: formatVnd(quote.price_vnd) },
    ...quoteInstallments(quote.payment_schedule).map((installment) => ({
      label: `${paymentLabel(installment)} (${dueConditionText(installment.dueCondition, installment.dueOn)})`,
      value: formatVnd(installment.amountVnd),
    })),
  ]
}

const STATUS_TONE = {
  sent: 'warning',
  accepted: 'success',
  declined: 'danger',
  superseded: 'neutral',
  withdrawn: 'neutral',
  draft: 'neutral',
} as const

/** The quote the provider sent (P1, P2): read it, and the approver accepts or declines it. */
export function QuoteSection() {
  const { t } = useTranslation('client-portal')
  const view = useEngagementView()
  const quotes = useQuotes(view.engagementId)
  const rows = quotes.data ?? []
  const current = rows.find((quote) => quote.status === 'sent' || quote.status === 'accepted') ?? rows[0]
  return (
    <QueryState query={quotes} failure="boundary" isEmpty={!current} empty={t('quote.none')}>
      {current && (
        <div className="space-y-4">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge tone={STATUS_TONE[current.status]}>{t(`quote.status.${current.status}`)}</Badge>
            {current.sent_at && t('quote.sentOn', { date: formatDate(current.sent_at) })}
          </p>
          {current.status === 'declined' && current.decline_reason && (
            <Alert tone="info">{t('quote.declinedBecause', { reason: current.decline_reason })}</Alert>
          )}
          {current.status === 'withdrawn' && (
            <Alert tone="info">
              {current.withdrawal_reason
                ? t('quote.withdrawnBecause', { reason: current.withdrawal_reason })
                : t('quote.withdrawn')}
            </Alert>
          )}
          <QuoteDetails quote={current} />
          {current.status !== 'draft' && (
            <BusinessDocumentButton kind="quote" id={current.id}>
              {t('businessDocuments.quotePdf')}
            </BusinessDocumentButton>
          )}
          {current.status === 'sent' && view.step === 'agreement' && <SentQuoteActions quote={current} />}
        </div>
      )}
    </QueryState>
  )
}
