import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  noAccess: {
    title: 'Your account has no access yet',
    description:
      'You are signed in as {{email}}, but this account is neither TAMS staff nor a user of any client, so it cannot see any engagement.',
    next: "Ask a TAMS administrator or your company's approver to add you.",
  },
  loadFailed: 'Your account details could not be loaded.',
  unreachable: 'The server cannot be reached. Check your connection, then try again.',
}

export default en
