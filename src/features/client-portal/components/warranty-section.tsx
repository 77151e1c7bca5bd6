import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { QueryState } from '@/components/ui/query-state'
import { formatDate, formatDateTime } from '@/lib/format'
import { formatWaiting } from '@/lib/workflow'

import { claimTextSchema } from '../api/claim-text'
import { useConfirmWarrantyClaim } from '../api/confirm-warranty-claim'
import { useWarrantyClaims, type WarrantyClaim } from '../api/get-warranty-claims'
import { useOpenWarrantyClaim } from '../api/open-warranty-claim'
import { useProvideClaimInformation } from '../api/provide-claim-information'
import { useReopenWarrantyClaim } from '../api/reopen-warranty-claim'

import { useEngagementView } from './engagement-context'
import { ReasonForm } from './reason-form'
import { WrittenRequestForm } from './written-request-form'

const TONE: Record<WarrantyClaim['status'], BadgeTone> = {
  open: 'brand',
  in_progress: 'brand',
  waiting_on_client: 'warning',
  resolved: 'warning',
  closed: 'success',
  declined: 'danger',
  converted: 'neutral',
}

function ClaimActions({ claim }: { claim: WarrantyClaim }) {
  const { t } = useTranslation('client-portal')
  const answer = useProvideClaimInformation()
  const confirm = useConfirmWarrantyClaim()
  const reopen = useReopenWarrantyClaim()
  const [reopening, setReopening] = useState(false)
  return (
    <div className="space-y-2">
      <RefusalAlert error={answer.error ?? confirm.error ?? reopen.error} />
      {claim.status === 'waiting_on_client' && (
        <ReasonForm
          schema={claimTextSchema}
          field="text"
          label={t('warranty.answer')}
          submitLabel={t('warranty.sendAnswer')}
          isPending={answer.isPending}
          onSubmit={(text) => answer.mutate({ claimId: claim.id, text })}
        />
      )}
      {claim.status === 'resolved' && (
        <>
          <div className="flex flex-wrap gap-2">
            <Button isLoading={confirm.isPending} onClick={() => confirm.mutate({ claimId: claim.id })}>
              {t('warranty.confirmFix')}
            </Button>
            {!reopening && (
              <Button variant="secondary" onClick={() => setReopening(true)}>
                {t('warranty.reopen')}
              </Button>
            )}
          </div>
          {reopening && (
            <ReasonForm
              schema={claimTextSchema}
              field="text"
              label={t('warranty.reopenReason')}
              submitLabel={t('warranty.confirmReopen')}
              isPending={reopen.isPending}
              onCancel={() => setReopening(false)}
              onSubmit={(text) =>
                reopen.mutate({ claimId: claim.id, text }, { onSuccess: () => setReopening(false) })
              }
            />
          )}
        </>
      )}
    </div>
  )
}

function ClaimItem({ claim }: { claim: WarrantyClaim }) {
  const { t } = useTranslation('client-portal')
  const running = !['closed', 'declined', 'converted'].includes(claim.status)
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium text-slate-900">{claim.title}</h3>
        <Badge tone={TONE[claim.status]}>{t(`warranty.status.${claim.status}`)}</Badge>
        <Badge>{t(`warranty.priority.${claim.priority}`)}</Badge>
      </div>
      <p className="text-sm whitespace-pre-line text-slate-700">{claim.description}</p>
      <dl className="grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-600">{t('warranty.openedAt')} </dt>
          <dd className="inline text-slate-900">{formatDateTime(claim.opened_at)}</dd>
        </div>
        {running && (
          <>
            <div>
              <dt className="inline text-slate-600">{t('warranty.responseDue')} </dt>
              <dd className="inline text-slate-900">{formatDateTime(claim.response_due_at)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">{t('warranty.resolutionDue')} </dt>
              <dd className="inline text-slate-900">{formatDateTime(claim.resolution_due_at)}</dd>
            </div>
          </>
        )}
        <div>
          <dt className="inline text-slate-600">{t('warranty.clientWait')} </dt>
          <dd className="inline text-slate-900">{formatWaiting(claim.client_wait_seconds)}</dd>
        </div>
      </dl>
      {claim.client_question && (
        <div className="space-y-1 rounded-md bg-amber-50 p-2 text-sm text-slate-800">
          <p className="whitespace-pre-line">{t('warranty.question', { question: claim.client_question })}</p>
          {claim.client_answer && (
            <p className="whitespace-pre-line">
              {t('warranty.yourAnswer', {
                answer: claim.client_answer,
                date: claim.client_answered_at ? formatDateTime(claim.client_answered_at) : '',
              })}
            </p>
          )}
        </div>
      )}
      {claim.resolution && (
        <p className="rounded-md bg-emerald-50 p-2 text-sm text-slate-800">
          {t('warranty.resolution', { resolution: claim.resolution })}
        </p>
      )}
      {claim.confirmed_at && (
        <p className="text-sm text-slate-600">
          {t('warranty.confirmedOn', { date: formatDateTime(claim.confirmed_at) })}
        </p>
      )}
      <ClaimActions claim={claim} />
    </li>
  )
}

function NewClaim() {
  const open = useOpenWarrantyClaim()
  const labels = {
    heading: 'warranty.newTitle',
    title: 'warranty.title',
    description: 'warranty.description',
    submit: 'warranty.open',
  } as const
  return <WrittenRequestForm labels={labels} action={open} />
}

/** P6: the warranty period, claims with their SLA times, and the client's part in each. */
export function WarrantySection({ warrantyStartsAt }: { warrantyStartsAt: string | null }) {
  const { t } = useTranslation('client-portal')
  const { engagementId, step, state, warrantyEndsAt } = useEngagementView()
  const claims = useWarrantyClaims(engagementId)
  const rows = claims.data ?? []
  // The moment the page opened: the database has the last word on expiry anyway.
  const [openedAt] = useState(() => Date.now())
  const ended = warrantyEndsAt !== null && new Date(warrantyEndsAt).getTime() <= openedAt
  return (
    <div className="space-y-4">
      {warrantyStartsAt && warrantyEndsAt && (
        <p className="text-sm text-slate-800">
          {t('warranty.period', { start: formatDate(warrantyStartsAt), end: formatDate(warrantyEndsAt) })}
        </p>
      )}
      {step !== 'warranty' && <p className="text-sm text-slate-600">{t('warranty.notYet')}</p>}
      {step === 'warranty' && ended && warrantyEndsAt && (
        <Alert tone="info">{t('warranty.ended', { date: formatDate(warrantyEndsAt) })}</Alert>
      )}
      {step === 'warranty' && !ended && state === 'active' && <NewClaim />}
      <QueryState query={claims} failure="boundary" isEmpty={rows.length === 0} empty={t('warranty.none')}>
        <ul className="divide-y divide-slate-200">
          {rows.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} />
          ))}
        </ul>
      </QueryState>
    </div>
  )
}
