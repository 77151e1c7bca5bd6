import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { formatDate, formatDateTime } from '@/lib/format'

import { useAcceptDelivery } from '../api/accept-delivery'
import { rejectDeliverySchema, useRejectDelivery } from '../api/reject-delivery'
import { useAcceptances } from '../api/get-acceptances'
import { useDocuments } from '../api/get-documents'
import { useTimeline } from '../api/get-timeline'

import { ApproverNote } from './approver-note'
import { BusinessDocumentButton } from './business-document-button'
import { useEngagementView } from './engagement-context'
import { ReasonForm } from './reason-form'

function Decision({ deliverables }: { deliverables: number }) {
  const { t } = useTranslation('client-portal')
  const view = useEngagementView()
  const accept = useAcceptDelivery()
  const reject = useRejectDelivery()
  const [rejecting, setRejecting] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const target = { engagementId: view.engagementId, version: view.version }
  const explain = <p className="text-sm text-slate-700">{t('acceptance.explain')}</p>
  if (!view.isApprover) {
    return (
      <div className="space-y-3 border-t border-slate-200 pt-4">
        {explain}
        <ApproverNote />
      </div>
    )
  }
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      {explain}
      {!confirming && <RefusalAlert error={accept.error ?? reject.error} />}
      {confirming && (
        <ConfirmDialog
          title={t('decide.acceptanceTitle')}
          description={t('decide.acceptanceDescription')}
          terms={[
            { label: t('acceptance.deliverables'), value: String(deliverables) },
            { label: t('decide.warrantyStarts'), value: t('decide.today') },
          ]}
          confirmLabel={t('decide.acceptanceConfirm')}
          cancelLabel={t('decide.cancel')}
          isPending={accept.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => accept.mutate(target, { onSettled: () => setConfirming(false) })}
        />
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => {
            accept.reset()
            setConfirming(true)
          }}
        >
          {t('acceptance.accept')}
        </Button>
        {!rejecting && (
          <Button variant="secondary" onClick={() => setRejecting(true)}>
            {t('acceptance.reject')}
          </Button>
        )}
      </div>
      {rejecting && (
        <ReasonForm
          schema={rejectDeliverySchema}
          field="reason"
          label={t('acceptance.rejectReason')}
          submitLabel={t('acceptance.confirmReject')}
          isPending={reject.isPending}
          onCancel={() => setRejecting(false)}
          onSubmit={(reason) =>
            reject.mutate({ ...target, reason }, { onSuccess: () => setRejecting(false) })
          }
        />
      )}
    </div>
  )
}

/** Step 6: review what was handed over; the approver accepts (warranty starts) or rejects with reasons. */
export function AcceptanceSection({ warrantyStartsAt }: { warrantyStartsAt: string | null }) {
  const { t } = useTranslation('client-portal')
  const view = useEngagementView()
  const documents = useDocuments(view.engagementId)
  const acceptances = useAcceptances(view.engagementId)
  const deliverables = (documents.data ?? []).filter((document) => document.is_deliverable)
  const handover = useTimeline(view.engagementId).data?.find(
    (event) => event.kind === 'step_changed' && event.to_step === 'acceptance',
  )
  return (
    <div className="space-y-4">
      {handover?.note && (
        <div className="rounded-md border border-brand-200 bg-brand-50 p-3 text-sm text-slate-800">
          <h3 className="font-semibold text-slate-900">{t('acceptance.handoverNote')}</h3>
          <p className="mt-1 whitespace-pre-line">{handover.note}</p>
          <p className="mt-1 text-xs text-slate-600">{formatDateTime(handover.created_at)}</p>
        </div>
      )}
      {warrantyStartsAt && view.warrantyEndsAt && (
        <Alert tone="info">
          {t('acceptance.warrantyDates', {
            start: formatDate(warrantyStartsAt),
            end: formatDate(view.warrantyEndsAt),
          })}
        </Alert>
      )}
      <div>
        <h3 className="text-sm font-semibold text-slate-800">{t('acceptance.deliverables')}</h3>
        {deliverables.length === 0 ? (
          <p className="text-sm text-slate-600">{t('acceptance.noDeliverables')}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
            {deliverables.map((document) => (
              <li key={document.id}>
                <a href="#documents" className="text-brand-700 underline underline-offset-2">
                  {document.name}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      {(acceptances.data ?? []).map((decision) => (
        <div key={decision.id} className="space-y-2">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge tone={decision.decision === 'accepted' ? 'success' : 'danger'}>
              {t(`acceptance.decision.${decision.decision}`)}
            </Badge>
            {formatDateTime(decision.decided_at)}
            {decision.note && <span>— {decision.note}</span>}
          </p>
          {decision.decision === 'accepted' && (
            <BusinessDocumentButton kind="acceptance_minutes" id={decision.id}>
              {decision.minutes_document_id
                ? t('businessDocuments.minutesPdf')
                : t('businessDocuments.makeMinutes')}
            </BusinessDocumentButton>
          )}
          {decision.minutes_sha256 && (
            <p className="font-mono text-xs break-all text-slate-600">
              {t('businessDocuments.sealed', { hash: decision.minutes_sha256 })}
            </p>
          )}
        </div>
      ))}
      {view.step === 'acceptance' && view.state === 'active' && (
        <Decision deliverables={deliverables.length} />
      )}
    </div>
  )
}
