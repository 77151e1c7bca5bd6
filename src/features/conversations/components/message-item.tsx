import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { formatDateTime } from '@/lib/format'

import type { Message } from '../api/get-messages'
import { useEditMessage } from '../api/post-message'

/** One message: author, time, internal mark; its author may reword it (the earlier wording is kept). */
export function MessageItem({
  message,
  authorName,
  mine,
}: {
  message: Message
  authorName: string
  mine: boolean
}) {
  const { t } = useTranslation('conversations')
  const [draft, setDraft] = useState<string | null>(null)
  const edit = useEditMessage()
  return (
    <li
      className={`space-y-1 rounded-md border px-3 py-2 ${message.internal ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-white'}`}
    >
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-900">{authorName}</span>
        <span className="text-slate-600">{formatDateTime(message.created_at)}</span>
        {message.edited_at && <span className="text-slate-600">({t('message.edited')})</span>}
        {message.internal && <Badge tone="warning">{t('message.internal')}</Badge>}
        {mine && draft === null && (
          <Button variant="ghost" size="sm" onClick={() => setDraft(message.body)}>
            {t('message.edit')}
          </Button>
        )}
      </p>
      {draft === null ? (
        <p className="text-sm whitespace-pre-wrap text-slate-800">{message.body}</p>
      ) : (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault()
            edit.mutate(
              { engagementId: message.engagement_id, messageId: message.id, body: draft },
              { onSuccess: () => setDraft(null) },
            )
          }}
        >
          <TextArea
            aria-label={t('message.editLabel')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <RefusalAlert error={edit.error} />
          <div className="flex gap-2">
            <Button type="submit" size="sm" isLoading={edit.isPending} disabled={draft.trim() === ''}>
              {t('message.save')}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setDraft(null)}>
              {t('message.cancel')}
            </Button>
          </div>
        </form>
      )}
    </li>
  )
}
