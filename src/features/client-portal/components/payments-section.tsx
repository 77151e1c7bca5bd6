import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useTranslation } from 'react-i18next'
import type * as z from 'zod/mini'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Badge } from '@/components/ui/badge'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { QueryState } from '@/components/ui/query-state'
import { formatDate, formatDateTime, formatVnd } from '@/lib/format'
import { paymentLabel } from '@/lib/workflow'

import { useClientUpload } from '../api/client-documents'
import { usePayments, type Payment } from '../api/get-payments'
import { paymentProofSchema, useSubmitPaymentProof } from '../api/submit-payment-proof'

import { BankDetails } from './bank-details'
import { BusinessDocumentButton } from './business-document-button'
import { useEngagementView } from './engagement-context'
import { FilePicker, UploadProgress } from './file-picker'
import { PaymentQr } from './payment-qr'
import { fieldError } from './form-error'
import { UploadError } from './upload-error'

const TONE = { due: 'warning', submitted: 'brand', confirmed: 'success', rejected: 'danger' } as const

function ProofForm({ payment }: { payment: Payment }) {
  const { t } = useTranslation('client-portal')
  const { engagementId } = useEngagementView()
  const [file, setFile] = useState<File | null>(null)
  const upload = useClientUpload()
  const submit = useSubmitPaymentProof()
  const { register, handleSubmit, formState } = useForm<z.infer<typeof paymentProofSchema>>({
    resolver: standardSchemaResolver(paymentProofSchema),
    defaultValues: { note: '' },
  })
  const send = handleSubmit(async ({ note }) => {
    const proof = file
      ? await upload.mutateAsync({ engagementId, file, visibility: 'confidential' }).catch(() => null)
      : null
    if (file && !proof) return
    submit.mutate(
      { paymentId: payment.id, proofDocumentId: proof?.id ?? null, note },
      { onSettled: upload.refresh },
    )
  })
  return (
    <form noValidate onSubmit={send} className="space-y-3">
      <FilePicker label={t('payments.proofFile')} onChange={setFile} />
      <UploadProgress progress={upload.progress} />
      <Field
        label={t('payments.proofNote')}
        hint={t('payments.proofHint')}
        error={fieldError(formState.errors.note)}
      >
        <Input {...register('note')} />
      </Field>
      <UploadError error={upload.error} />
      <RefusalAlert error={submit.error} />
      <Button type="submit" isLoading={upload.isPending || submit.isPending}>
        {t('payments.submitProof')}
      </Button>
    </form>
  )
}

function PaymentItem({ payment }: { payment: Payment }) {
  const { t } = useTranslation('client-portal')
  const { code } = useEngagementView()
  const owing = payment.status === 'due' || payment.status === 'rejected'
  return (
    <li className="space-y-3 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-medium text-slate-900">{paymentLabel(payment)}</h3>
          <p className="text-sm text-slate-600">
            {payment.kind === 'change_request' ? t('payments.changeRequest') : t('payments.installment')}
            {payment.due_before_start ? ` · ${t('payments.beforeStart')}` : ''}
            {payment.due_date ? ` · ${t('payments.dueOn', { date: formatDate(payment.due_date) })}` : ''}
          </p>
        </div>
        <div className="text-right">
          <p className="font-semibold text-slate-900">{formatVnd(payment.amount_vnd)}</p>
          <Badge tone={TONE[payment.status]}>{t(`payments.status.${payment.status}`)}</Badge>
        </div>
      </div>
      {payment.submitted_at && (
        <p className="text-sm text-slate-600">
          {t('payments.submittedOn', { date: formatDateTime(payment.submitted_at) })}
        </p>
      )}
      {payment.confirmed_at && (
        <p className="text-sm text-slate-600">
          {t('payments.confirmedOn', { date: formatDateTime(payment.confirmed_at) })}
        </p>
      )}
      {payment.status === 'confirmed' && (
        <BusinessDocumentButton kind="receipt" id={payment.id}>
          {t('businessDocuments.receiptPdf')}
        </BusinessDocumentButton>
      )}
      {payment.status === 'rejected' && payment.rejection_reason && (
        <p className="text-sm text-red-800">
          {t('payments.rejectedBecause', { reason: payment.rejection_reason })}
        </p>
      )}
      {owing && (
        <>
          <PaymentQr payment={payment} />
          <BankDetails code={code} label={paymentLabel(payment)} amountVnd={payment.amount_vnd} />
          <ProofForm payment={payment} />
        </>
      )}
    </li>
  )
}

/** C5: amounts due in VND, how to transfer them, the proof, and the provider's confirmation. */
export function PaymentsSection() {
  const { t } = useTranslation('client-portal')
  const { engagementId } = useEngagementView()
  const payments = usePayments(engagementId)
  const rows = payments.data ?? []
  const owed = rows.filter((row) => row.status !== 'confirmed').reduce((sum, row) => sum + row.amount_vnd, 0)
  return (
    <QueryState query={payments} failure="boundary" isEmpty={rows.length === 0} empty={t('payments.none')}>
      <p className="text-sm text-slate-700">
        {t('payments.outstanding')} <span className="font-semibold text-slate-900">{formatVnd(owed)}</span>
      </p>
      <ul className="divide-y divide-slate-200">
        {rows.map((payment) => (
          <PaymentItem key={payment.id} payment={payment} />
        ))}
      </ul>
    </QueryState>
  )
}
