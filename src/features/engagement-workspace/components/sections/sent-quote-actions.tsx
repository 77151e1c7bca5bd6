import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { formatDate, formatVnd } from '@/lib/format'

import type { Quote } from '../../api/get-quotes'
import { useWithdrawQuote } from '../../api/withdraw-quote'

type Props = { quote: Quote; engagementId: string; onRevise: () => void }

/** Until the client decides, the provider may revise the sent quote (send a new version) or withdraw it. */
export function SentQuoteActions({ quote, engagementId, onRevise }: Props) {
  const { t } = useTranslation('engagement-workspace')
  const withdraw = useWithdrawQuote(engagementId)
  const [withdrawing, setWithdrawing] = useState(false)
  const [reason, setReason] = useState('')
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" variant="secondary" onClick={onRevise}>
        {t('quote.revise')}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        onClick={() => {
          withdraw.reset()
          setWithdrawing(true)
        }}
      >
        {t('quote.withdraw')}
      </Button>
      {withdrawing && (
        <ConfirmDialog
          title={t('quote.withdrawTitle')}
          description={t('quote.withdrawDescription')}
          terms={[
            { label: t('quote.price'), value: formatVnd(quote.price_vnd) },
            { label: t('quote.sentOn'), value: quote.sent_at ? formatDate(quote.sent_at) : '—' },
          ]}
          confirmLabel={t('quote.withdrawConfirm')}
          cancelLabel={t('quote.withdrawCancel')}
          isPending={withdraw.isPending}
          onCancel={() => setWithdrawing(false)}
          onConfirm={() =>
            withdraw.mutate({ quoteId: quote.id, reason }, { onSuccess: () => setWithdrawing(false) })
          }
        >
          <Field label={t('quote.withdrawReason')}>
            <TextArea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </Field>
          <RefusalAlert error={withdraw.error} />
        </ConfirmDialog>
      )}
    </div>
  )
}
