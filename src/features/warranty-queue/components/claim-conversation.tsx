import { useTranslation } from 'react-i18next'

import { formatDateTime } from '@/lib/format'

import type { QueueClaim } from '../api/get-warranty-queue'
import { WARRANTY_QUEUE_NS } from '../messages'

/** The latest question put to the client and, once given, their answer. */
export function ClaimConversation({ claim }: { claim: QueueClaim }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  if (!claim.client_question) return null
  return (
    <div className="space-y-1 rounded-md bg-amber-50 p-3 text-sm text-slate-800">
      <p className="whitespace-pre-line">{t('ask.asked', { question: claim.client_question })}</p>
      {claim.client_answer ? (
        <p className="whitespace-pre-line">
          {t('ask.answered', {
            answer: claim.client_answer,
            date: claim.client_answered_at ? formatDateTime(claim.client_answered_at) : '',
          })}
        </p>
      ) : (
        <p className="text-slate-600">{t('ask.waiting')}</p>
      )}
    </div>
  )
}
