import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { formatDateTime } from '@/lib/format'

import type { QueueClaim } from '../api/get-warranty-queue'
import { WARRANTY_QUEUE_NS } from '../messages'
import { AskClientForm } from './ask-client-form'
import { AssignForm } from './assign-form'
import { ClaimConversation } from './claim-conversation'
import type { ClaimThread } from './claim-thread'
import { ConvertForm } from './convert-form'
import { EscalateForm } from './escalate-form'
import { ResolveForm } from './resolve-form'
import { TriageForm } from './triage-form'

type Props = { claim: QueueClaim; userId: string; claimThread?: ClaimThread; onClose: () => void }

/** A modal dialog (focus stays inside, Escape closes) with what a manager can do to one claim. */
export function ClaimDialog({ claim, userId, claimThread, onClose }: Props) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const ref = useRef<HTMLDialogElement>(null)
  // Open once mounted. No cleanup that closes it: close() fires `close`, which tells the parent
  // to unmount us, so StrictMode's mount-cleanup-mount would shut the dialog at once. Unmounting
  // removes the element, and with it the modal, by itself.
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  const triageable = claim.status === 'open' || claim.status === 'in_progress'
  const open = triageable || claim.status === 'waiting_on_client'
  const canResolve = claim.status === 'in_progress'
  return (
    <dialog
      ref={ref}
      aria-labelledby="claim-dialog-title"
      onClose={onClose}
      className="m-auto w-full max-w-2xl rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="max-h-[85dvh] space-y-5 overflow-y-auto p-6">
        <header className="flex items-start justify-between gap-4">
          <div>
            <h2 id="claim-dialog-title" className="text-lg font-semibold text-slate-900">
              {claim.title}
            </h2>
            <p className="text-sm text-slate-600">
              {t('detail.engagement')}: {claim.engagement_code} – {claim.engagement_title} ·{' '}
              {t('detail.client')}: {claim.client_name}
            </p>
            <p className="text-sm text-slate-600">
              {t('detail.opened')}: {claim.opened_at && formatDateTime(claim.opened_at)} ·{' '}
              {claim.status && t(`status.${claim.status}`)}
            </p>
          </div>
          <Button variant="ghost" size="sm" onClick={() => ref.current?.close()}>
            {t('actions.close')}
          </Button>
        </header>
        <p className="text-sm whitespace-pre-line text-slate-800">{claim.description}</p>
        <ClaimConversation claim={claim} />
        {triageable && <TriageForm claim={claim} />}
        {open && !triageable && <AssignForm claim={claim} />}
        {triageable && <ConvertForm claim={claim} />}
        {open && <EscalateForm claim={claim} />}
        {canResolve && (
          <section aria-labelledby="resolve-title" className="space-y-2">
            <h3 id="resolve-title" className="text-base font-semibold text-slate-900">
              {t('resolve.title')}
            </h3>
            {claim.assigned_to !== userId && <p className="text-sm text-slate-600">{claim.assignee_name}</p>}
            <ResolveForm claim={claim} />
          </section>
        )}
        {canResolve && (
          <section aria-labelledby="ask-title" className="space-y-2">
            <h3 id="ask-title" className="text-base font-semibold text-slate-900">
              {t('ask.title')}
            </h3>
            <AskClientForm claim={claim} />
          </section>
        )}
        {claimThread?.(claim)}
      </div>
    </dialog>
  )
}
