import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  title: 'Engagement board',
  summary: '{{count}} engagements on the board',
  loading: 'Loading the board…',
  keyboardHint:
    'Keyboard: on a card, the up and down arrows go to the next card in its column, left and right to the next column.',
  loadFailed: 'The board could not be loaded.',
  retry: 'Try again',
  empty: 'No engagement is assigned to you yet.',
  emptyFiltered: 'No engagement matches the filters.',
  filters: {
    label: 'Filters',
    client: 'Client',
    accountManager: 'Account manager',
    whoseMove: 'Whose move',
    state: 'State',
    search: 'Search',
    searchPlaceholder: 'Code, title, client…',
    all: 'All',
    clear: 'Clear filters',
  },
  column: {
    summary: '{{count}} engagements · {{total}}',
    empty: 'No engagements',
    showMore: 'Show more ({{count}} left)',
    loadingMore: 'Loading more…',
    dimmed: 'Cannot move here: {{reason}}',
  },
  card: {
    accountManager: 'AM',
    noAccountManager: 'Not assigned',
    agreedValue: 'Value',
    noValue: 'Not agreed yet',
    waitedProvider: 'TAMS waited',
    waitedClient: 'Client waited',
    inStep: 'In this step',
    moveTo: 'Move to…',
    moveToLabel: 'Move {{code}} to another step',
    drag: 'Drag {{code}}',
    hintNo: '(not allowed: {{reason}})',
  },
  move: {
    moved: '{{code}} moved to “{{step}}”.',
    refused: 'Could not move {{code}}: {{reason}} It stays in “{{step}}”.',
    conflict: 'Someone else just changed {{code}}; the board was reloaded with the latest data.',
    dismiss: 'Dismiss message',
  },
  dnd: {
    instructions:
      'To move an engagement: press Space or Enter on its drag handle, use the left and right arrows to choose a column, Space or Enter to drop, Escape to cancel.',
    pickedUp: 'Picked up {{code}} in column “{{step}}”.',
    over: '{{code}} is over column “{{step}}”.',
    overDimmed: '{{code}} is over column “{{step}}”. {{reason}}',
    outside: '{{code}} is not over a column.',
    moving: 'Moving {{code}} to column “{{step}}”…',
    cancelled: 'Cancelled; {{code}} stays in column “{{step}}”.',
  },
  reject: {
    title: 'Reject acceptance of {{code}}',
    description: 'The engagement goes back to “Implementation”. Say what must be fixed.',
    reason: 'Reason for rejection',
    required: 'Please give a reason for rejecting.',
    tooLong: 'The reason may be at most 2,000 characters.',
    submit: 'Reject acceptance',
    cancel: 'Cancel',
  },
}

export default en
