import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { formatVnd } from '@/lib/format'

import type { ChangeRequest } from '../../api/get-change-requests'
import { useWithdrawChangeRequestQuote } from '../../api/withdraw-change-request-quote'
import { ChangeRequestQuoteForm } from './change-request-quote-form'

type Props = { engagementId: string; request: ChangeRequest }

/** Until the client decides, the provider may quote the change again (a revision) or withdraw the quote. */
export function QuotedChangeActions({ engagementId, request }: Props) {
  const { t } = useTranslation('engagement-workspace')
  const withdraw = useWithdrawChangeRequestQuote(engagementId)
  const [revising, setRevising] = useState(false)
  const [withdrawing, setWithdrawing] = useState(false)
  const [reason, setReason] = useState('')
  if (revising)
    return (
      <ChangeRequestQuoteForm
        engagementId={engagementId}
        request={request}
        onQuoted={() => setRevising(false)}
      />
    )
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="secondary"
        aria-label={t('changes.reviseLabel', { title: request.title })}
        onClick={() => setRevising(true)}
      >
        {t('changes.revise')}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        aria-label={t('changes.withdrawLabel', { title: request.title })}
        onClick={() => {
          withdraw.reset()
          setWithdrawing(true)
        }}
      >
        {t('changes.withdraw')}
      </Button>
      {withdrawing && (
        <ConfirmDialog
          title={t('changes.withdrawTitle', { title: request.title })}
          description={t('changes.withdrawDescription')}
          terms={[
            { label: t('changes.extraPrice'), value: formatVnd(request.extra_price_vnd ?? 0) },
            { label: t('changes.extraDays'), value: String(request.extra_days ?? 0) },
          ]}
          confirmLabel={t('changes.withdrawConfirm')}
          cancelLabel={t('changes.withdrawCancel')}
          isPending={withdraw.isPending}
          onCancel={() => setWithdrawing(false)}
          onConfirm={() =>
            withdraw.mutate(
              { changeRequestId: request.id, reason },
              { onSuccess: () => setWithdrawing(false) },
            )
          }
        >
          <Field label={t('changes.withdrawReason')}>
            <TextArea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </Field>
          <RefusalAlert error={withdraw.error} />
        </ConfirmDialog>
      )}
    </div>
  )
}
