import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { QueryState } from '@/components/ui/query-state'
import { formatDate, formatDateTime, formatVnd } from '@/lib/format'
import { stepIndex } from '@/lib/workflow'

import { useApproveChangeRequest } from '../api/approve-change-request'
import { useChangeRequests, type ChangeRequest } from '../api/get-change-requests'
import { useMilestones } from '../api/get-milestones'
import { rejectChangeRequestSchema, useRejectChangeRequest } from '../api/reject-change-request'
import { useSubmitChangeRequest } from '../api/submit-change-request'

import { ApproverNote } from './approver-note'
import { useEngagementView } from './engagement-context'
import { ReasonForm } from './reason-form'
import { WrittenRequestForm } from './written-request-form'

const TONE = {
  submitted: 'brand',
  quoted: 'warning',
  approved: 'success',
  rejected: 'danger',
  done: 'success',
} as const

function QuotedDecision({ request }: { request: ChangeRequest }) {
  const { t } = useTranslation('client-portal')
  const approve = useApproveChangeRequest()
  const reject = useRejectChangeRequest()
  const [rejecting, setRejecting] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const { isApprover } = useEngagementView()
  if (!isApprover) return <ApproverNote />
  return (
    <div className="space-y-2">
      {!confirming && <RefusalAlert error={approve.error ?? reject.error} />}
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => {
            approve.reset()
            setConfirming(true)
          }}
        >
          {t('changes.approve')}
        </Button>
        {!rejecting && (
          <Button variant="secondary" onClick={() => setRejecting(true)}>
            {t('changes.reject')}
          </Button>
        )}
      </div>
      {rejecting && (
        <ReasonForm
          schema={rejectChangeRequestSchema}
          field="reason"
          label={t('changes.rejectReason')}
          submitLabel={t('changes.confirmReject')}
          isPending={reject.isPending}
          onCancel={() => setRejecting(false)}
          onSubmit={(reason) => reject.mutate({ changeRequestId: request.id, reason })}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('decide.changeTitle', { title: request.title })}
          description={t('decide.changeDescription')}
          terms={[
            { label: t('decide.extraPrice'), value: formatVnd(request.extra_price_vnd ?? 0) },
            { label: t('decide.extraDays'), value: t('decide.days', { count: request.extra_days ?? 0 }) },
          ]}
          confirmLabel={t('decide.changeConfirm')}
          cancelLabel={t('decide.cancel')}
          isPending={approve.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            approve.mutate(
              {
                changeRequestId: request.id,
                extraPriceVnd: request.extra_price_vnd ?? 0,
                version: request.version,
              },
              { onSettled: () => setConfirming(false) },
            )
          }
        />
      )}
    </div>
  )
}

/** C6: the change's work as the provider planned it, and how far it is. */
function ChangeMilestones({ request }: { request: ChangeRequest }) {
  const { t } = useTranslation('client-portal')
  const { engagementId } = useEngagementView()
  const rows = (useMilestones(engagementId).data ?? []).filter(
    (milestone) => milestone.change_request_id === request.id,
  )
  if (rows.length === 0) return null
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-900">{t('changes.milestones')}</p>
      <ul className="space-y-1">
        {rows.map((milestone) => (
          <li key={milestone.id} className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
            {milestone.title}
            <Badge tone={milestone.status === 'done' ? 'success' : 'brand'}>
              {t(`milestones.status.${milestone.status === 'done' ? 'done' : 'open'}`)}
            </Badge>
            {milestone.due_date && (
              <span className="text-slate-600">
                {t('milestones.due', { date: formatDate(milestone.due_date) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

function ChangeRequestItem({ request }: { request: ChangeRequest }) {
  const { t } = useTranslation('client-portal')
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium text-slate-900">{request.title}</h3>
        <Badge tone={TONE[request.status]}>{t(`changes.status.${request.status}`)}</Badge>
      </div>
      <p className="text-sm whitespace-pre-line text-slate-700">{request.description}</p>
      <p className="text-sm text-slate-600">
        {t('changes.submittedOn', { date: formatDateTime(request.submitted_at) })}
      </p>
      {request.extra_price_vnd != null && (
        <p className="rounded-md bg-slate-50 p-2 text-sm text-slate-800">
          {t('changes.quote', { price: formatVnd(request.extra_price_vnd), days: request.extra_days ?? 0 })}
          <span className="block font-medium">
            {t(request.pay_before_work ? 'changes.payBeforeWork' : 'changes.payAfterWork')}
          </span>
          {request.quote_note && <span className="block text-slate-700">{request.quote_note}</span>}
        </p>
      )}
      <ChangeMilestones request={request} />
      {request.decision_reason && (
        <p className="text-sm text-slate-700">{t('changes.reason', { reason: request.decision_reason })}</p>
      )}
      {request.status === 'approved' && request.payment_id && (
        <p className="text-sm text-slate-700">
          <a href="#payments" className="text-brand-700 underline underline-offset-2">
            {t('changes.paymentCreated')}
          </a>
        </p>
      )}
      {request.status === 'quoted' && <QuotedDecision request={request} />}
    </li>
  )
}

function NewChangeRequest() {
  const submit = useSubmitChangeRequest()
  const labels = {
    heading: 'changes.newTitle',
    title: 'changes.title',
    description: 'changes.description',
    descriptionHint: 'changes.descriptionHint',
    submit: 'changes.submit',
  } as const
  return <WrittenRequestForm labels={labels} action={submit} variant="secondary" />
}

/** C4, C6: changes in writing, quoted by the provider, approved or rejected by the client's approver. */
export function ChangeRequestsSection() {
  const { t } = useTranslation('client-portal')
  const { engagementId, step, state } = useEngagementView()
  const requests = useChangeRequests(engagementId)
  const rows = requests.data ?? []
  const canSubmit = state === 'active' && stepIndex(step) >= stepIndex('payment')
  return (
    <div className="space-y-4">
      {canSubmit ? <NewChangeRequest /> : <p className="text-sm text-slate-600">{t('changes.notYet')}</p>}
      <QueryState query={requests} failure="boundary" isEmpty={rows.length === 0} empty={t('changes.none')}>
        <ul className="divide-y divide-slate-200">
          {rows.map((request) => (
            <ChangeRequestItem key={request.id} request={request} />
          ))}
        </ul>
      </QueryState>
    </div>
  )
}
