import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'

import { useParticipants } from '../api/get-people'
import type { Thread } from '../api/get-threads'
import { usePostMessage } from '../api/post-message'

type ComposerProps = { engagementId: string; thread: Thread; userId: string; isStaff: boolean }

/** Writes in the thread; staff may keep it internal; @mentions pick from who may read it. */
export function MessageComposer({ engagementId, thread, userId, isStaff }: ComposerProps) {
  const { t } = useTranslation('conversations')
  const [body, setBody] = useState('')
  const [internal, setInternal] = useState(false)
  const [mentions, setMentions] = useState<string[]>([])
  const participants = useParticipants(engagementId)
  const post = usePostMessage()
  // The database refuses a client in an internal note; the list only spares the attempt.
  const mentionable = (participants.data ?? []).filter(
    (person) => person.user_id !== userId && (!internal || person.side === 'provider'),
  )
  const toggle = (id: string) =>
    setMentions((current) =>
      current.includes(id) ? current.filter((item) => item !== id) : [...current, id],
    )
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault()
        const sent = { body, mentions }
        // The box empties as the message leaves, so what is typed next is the next message; a
        // refused message comes back into an empty box, never over new text.
        setBody('')
        setMentions([])
        post.mutate(
          {
            engagementId,
            thread,
            body: sent.body,
            internal,
            mentions: sent.mentions.filter((id) => mentionable.some((person) => person.user_id === id)),
          },
          {
            onError: () => {
              setBody((current) => (current === '' ? sent.body : current))
              setMentions((current) => (current.length === 0 ? sent.mentions : current))
            },
          },
        )
      }}
    >
      <Field label={t('composer.label')}>
        <TextArea
          value={body}
          placeholder={t('composer.placeholder')}
          onChange={(event) => setBody(event.target.value)}
        />
      </Field>
      {mentionable.length > 0 && (
        <fieldset className="flex flex-wrap items-center gap-3 text-sm">
          <legend className="mb-1 font-medium text-slate-800">{t('composer.mentions')}</legend>
          {mentionable.map((person) => (
            <label key={person.user_id} className="flex items-center gap-1.5 text-slate-800">
              <input
                type="checkbox"
                checked={mentions.includes(person.user_id)}
                onChange={() => toggle(person.user_id)}
              />
              @{person.full_name}
            </label>
          ))}
        </fieldset>
      )}
      {isStaff && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
          {t('composer.internal')}
        </label>
      )}
      <RefusalAlert error={post.error} />
      <Button type="submit" isLoading={post.isPending} disabled={body.trim() === ''}>
        {t('composer.send')}
      </Button>
    </form>
  )
}
