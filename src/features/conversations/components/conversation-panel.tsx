import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Field } from '@/components/ui/field'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { Select } from '@/components/ui/select'
import { useSignedInUser } from '@/lib/auth'

import { useMessages } from '../api/get-messages'
import { useMessageAuthors } from '../api/get-people'
import { useThreads, type Thread } from '../api/get-threads'
import { MessageComposer } from './message-composer'
import { MessageItem } from './message-item'

const threadKey = (thread: Thread) => `${thread.topic}:${thread.topicId}`

function ThreadMessages({
  engagementId,
  thread,
  userId,
}: {
  engagementId: string
  thread: Thread
  userId: string
}) {
  const { t } = useTranslation('conversations')
  const messages = useMessages(engagementId, thread)
  const authors = useMessageAuthors(engagementId)
  const nameOf = (id: string) =>
    authors.data?.find((person) => person.user_id === id)?.full_name ?? t('message.unknownAuthor')
  return (
    <QueryState query={messages} isEmpty={messages.data?.length === 0} empty={t('panel.empty')}>
      {(rows) => (
        <ul aria-label={t('panel.messages')} className="max-h-[32rem] space-y-2 overflow-y-auto">
          {rows.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              authorName={nameOf(message.author_id)}
              mine={message.author_id === userId}
            />
          ))}
        </ul>
      )}
    </QueryState>
  )
}

export type ConversationPanelProps = {
  engagementId: string
  isStaff: boolean
  /** One thread only (a claim's, in the warranty queue): no choice of thread, no page anchor. */
  thread?: Thread
}

/** The engagement's conversation: its own thread and one per change request and warranty claim. */
export function ConversationPanel({ engagementId, isStaff, thread: only }: ConversationPanelProps) {
  const { t } = useTranslation('conversations')
  const user = useSignedInUser()
  const threads = useThreads(engagementId, { enabled: !only })
  const [selected, setSelected] = useState<string | null>(null)
  const own: Thread = { topic: 'engagement', topicId: engagementId, title: '' }
  const all = only ? [only] : (threads.data ?? [own])
  const thread = only ?? all.find((item) => threadKey(item) === selected) ?? own
  const titleOf = (item: Thread) =>
    item.topic === 'engagement'
      ? t('panel.engagementThread')
      : item.topic === 'change_request'
        ? t('panel.changeRequestThread', { title: item.title })
        : t('panel.warrantyClaimThread', { title: item.title })
  return (
    <Panel
      id={only ? undefined : 'conversation'}
      level={only ? 3 : 2}
      title={only ? titleOf(only) : t('panel.title')}
      description={t('panel.description')}
    >
      {all.length > 1 && (
        <div className="max-w-md">
          <Field label={t('panel.thread')}>
            <Select value={threadKey(thread)} onChange={(event) => setSelected(event.target.value)}>
              {all.map((item) => (
                <option key={threadKey(item)} value={threadKey(item)}>
                  {titleOf(item)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      {!only && threads.data === undefined && threads.isPending ? null : (
        <ThreadMessages engagementId={engagementId} thread={thread} userId={user.id} />
      )}
      <MessageComposer engagementId={engagementId} thread={thread} userId={user.id} isStaff={isStaff} />
    </Panel>
  )
}
