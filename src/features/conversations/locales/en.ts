import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  panel: {
    title: 'Conversation',
    description: 'Both sides analyse arising requirements together and agree a solution (C4).',
    thread: 'Thread',
    engagementThread: 'Engagement',
    changeRequestThread: 'Change request: {{title}}',
    warrantyClaimThread: 'Warranty: {{title}}',
    empty: 'No messages yet. Start the conversation.',
    messages: 'Messages',
  },
  message: {
    internal: 'Internal note',
    edited: 'edited',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    editLabel: 'Edit the message',
    unknownAuthor: 'User',
  },
  composer: {
    label: 'Your message',
    placeholder: 'Write a message…',
    internal: 'Internal note (never shown to the client)',
    mentions: 'Mention',
    send: 'Send',
  },
}

export default en
