import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { formatDateTime } from '@/lib/format'

import { useMyClaims } from '../api/get-my-claims'
import type { QueueClaim } from '../api/get-warranty-queue'
import { refusalText, WARRANTY_QUEUE_NS } from '../messages'
import { AskClientForm } from './ask-client-form'
import { ClaimConversation } from './claim-conversation'
import type { ClaimThread } from './claim-thread'
import { ResolveForm } from './resolve-form'
import { liveSlaStatus } from './sla'
import { SlaBadge } from './sla-badge'
import { useNow } from './use-now'

/** An assignee's own open claims, each with its SLA and the resolution form. */
export function MyClaims({ userId, claimThread }: { userId: string; claimThread?: ClaimThread }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const claims = useMyClaims(userId)
  const now = useNow()
  if (claims.isPending)
    return (
      <p role="status" className="flex items-center gap-2 text-slate-600">
        <Spinner size="sm" /> {t('loading')}
      </p>
    )
  if (claims.isError) return <Alert>{t('refused', { message: refusalText(claims.error) })}</Alert>
  if (claims.data.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
        {t('mineEmpty')}
      </p>
    )
  return (
    <ul className="space-y-4">
      {claims.data.map((claim) => (
        <li key={claim.id}>
          <article
            aria-labelledby={`claim-${claim.id}`}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <header className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h2 id={`claim-${claim.id}`} className="font-semibold text-slate-900">
                  {claim.title}
                </h2>
                <p className="text-sm text-slate-600">
                  {claim.engagement_code} · {claim.client_name} ·{' '}
                  {claim.priority && t(`priority.${claim.priority}`)} ·{' '}
                  {claim.status && t(`status.${claim.status}`)}
                </p>
                <p className="text-sm text-slate-600">
                  {t('columns.resolutionDue')}:{' '}
                  {claim.resolution_due_at && formatDateTime(claim.resolution_due_at)}
                </p>
              </div>
              <SlaBadge status={liveSlaStatus(claim, now)} />
            </header>
            <p className="text-sm whitespace-pre-line text-slate-800">{claim.description}</p>
            <ClaimConversation claim={claim} />
            {claim.status === 'in_progress' ? (
              <>
                <ResolveForm claim={claim} />
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">
                    {t('ask.title')}
                  </summary>
                  <div className="mt-2">
                    <AskClientForm claim={claim} />
                  </div>
                </details>
              </>
            ) : (
              <p className="text-sm text-slate-600">{t('resolve.onlyInProgress')}</p>
            )}
            {claimThread && <ThreadToggle claim={claim} claimThread={claimThread} />}
          </article>
        </li>
      ))}
    </ul>
  )
}

/** The claim's thread, opened on demand: a list of claims loads no conversation it is not asked for. */
function ThreadToggle({ claim, claimThread }: { claim: QueueClaim; claimThread: ClaimThread }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const [open, setOpen] = useState(false)
  return (
    <div className="space-y-2">
      <Button variant="secondary" size="sm" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {open ? t('thread.hide') : t('thread.show')}
      </Button>
      {open && claimThread(claim)}
    </div>
  )
}
