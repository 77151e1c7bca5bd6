import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { QueryState } from '@/components/ui/query-state'
import { useDocuments, useDownloadDocument } from '@/lib/documents'
import { formatVnd } from '@/lib/format'
import { paymentLabel } from '@/lib/workflow'

import { useConfirmPayment } from '../../api/confirm-payment'
import { usePayments, type Payment } from '../../api/get-payments'
import { rejectPaymentSchema, useRejectPayment } from '../../api/reject-payment'
import { formatCalendarDate } from '../../utils/date-input'

const TONE: Record<string, BadgeTone> = {
  due: 'warning',
  submitted: 'info',
  confirmed: 'success',
  rejected: 'danger',
}

export function PaymentsSection({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const payments = usePayments(engagementId)
  return (
    <Panel level={3} title={t('payments.title')}>
      <QueryState query={payments}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState>{t('payments.empty')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {rows.map((payment) => (
                <PaymentRow key={payment.id} engagementId={engagementId} payment={payment} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </Panel>
  )
}

function PaymentRow({ engagementId, payment }: { engagementId: string; payment: Payment }) {
  const { t } = useTranslation('engagement-workspace')
  const confirm = useConfirmPayment(engagementId)
  const [rejecting, setRejecting] = useState(false)
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
            {paymentLabel(payment)} · {formatVnd(payment.amount_vnd)}
            <Badge tone={TONE[payment.status]}>{t(`payments.status.${payment.status}`)}</Badge>
          </p>
          <p className="text-xs text-slate-600">
            {t(`payments.kind.${payment.kind}`)}
            {payment.due_before_start && ` · ${t('payments.beforeStart')}`}
            {payment.due_date &&
              ` · ${t('payments.dueDate', { date: formatCalendarDate(payment.due_date) })}`}
          </p>
        </div>
        {payment.status === 'submitted' && (
          <div className="flex gap-2">
            <Button
              size="sm"
              aria-label={t('payments.confirmLabel', { label: paymentLabel(payment) })}
              isLoading={confirm.isPending}
              onClick={() => confirm.mutate(payment.id)}
            >
              {t('payments.confirm')}
            </Button>
            <Button
              size="sm"
              variant="secondary"
              aria-label={t('payments.rejectLabel', { label: paymentLabel(payment) })}
              aria-expanded={rejecting}
              onClick={() => setRejecting((open) => !open)}
            >
              {t('payments.reject')}
            </Button>
          </div>
        )}
      </div>
      {(payment.status !== 'due' || payment.proof_note) && (
        <PaymentProof engagementId={engagementId} payment={payment} />
      )}
      {payment.rejection_reason && (
        <p className="text-sm text-red-800">
          {t('payments.rejectionReason', { reason: payment.rejection_reason })}
        </p>
      )}
      <RefusalAlert error={confirm.error} />
      {confirm.isSuccess && (
        <Alert tone="info">{t('payments.confirmed', { label: paymentLabel(payment) })}</Alert>
      )}
      {rejecting && payment.status === 'submitted' && (
        <RejectPaymentForm engagementId={engagementId} payment={payment} onDone={() => setRejecting(false)} />
      )}
    </li>
  )
}

function PaymentProof({ engagementId, payment }: { engagementId: string; payment: Payment }) {
  const { t } = useTranslation('engagement-workspace')
  const documents = useDocuments(engagementId)
  const download = useDownloadDocument()
  const proof = documents.data?.find((document) => document.id === payment.proof_document_id)
  return (
    <div className="rounded bg-slate-50 p-2 text-sm text-slate-800">
      <span className="font-medium">{t('payments.proof')}: </span>
      {proof ? (
        <Button
          variant="ghost"
          size="sm"
          isLoading={download.isPending}
          onClick={() => download.mutate({ documentId: proof.id, engagementId })}
        >
          {t('payments.openProof', { name: proof.name })}
        </Button>
      ) : (
        <span>{t('payments.noProof')}</span>
      )}
      {payment.proof_note && <p>{t('payments.proofNote', { note: payment.proof_note })}</p>}
      <RefusalAlert error={download.error} />
    </div>
  )
}

function RejectPaymentForm({
  engagementId,
  payment,
  onDone,
}: {
  engagementId: string
  payment: Payment
  onDone: () => void
}) {
  const { t } = useTranslation('engagement-workspace')
  const reject = useRejectPayment(engagementId)
  const { register, handleSubmit, formState } = useForm<{ reason: string }>({
    resolver: standardSchemaResolver(rejectPaymentSchema),
    defaultValues: { reason: '' },
  })
  const error = formState.errors.reason?.message
  return (
    <form
      noValidate
      className="space-y-2 rounded-md border border-slate-200 p-3"
      onSubmit={handleSubmit(({ reason }) =>
        reject.mutate({ paymentId: payment.id, reason }, { onSuccess: onDone }),
      )}
    >
      <Field
        label={t('payments.rejectReason')}
        error={error ? t(error as 'validation.reasonRequired') : undefined}
      >
        <TextArea {...register('reason')} />
      </Field>
      <RefusalAlert error={reject.error} />
      <Button type="submit" size="sm" isLoading={reject.isPending}>
        {t('payments.rejectSubmit')}
      </Button>
    </form>
  )
}
