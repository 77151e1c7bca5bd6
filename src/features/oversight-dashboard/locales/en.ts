import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  title: 'Oversight dashboard',
  subtitle: 'The whole operation at a glance: every figure is computed by the database.',
  loading: 'Loading figures…',
  refusedTitle: 'You cannot see the oversight dashboard',
  refused: 'The database refused: {{message}}',
  panelError: 'This section could not be loaded: {{message}}',
  shownOf: 'Showing {{shown}} of {{total}}.',
  summary: {
    title: 'Open warranty claims',
    open: 'Open',
    unassigned: 'Unassigned',
    onTrack: 'On track',
    atRisk: 'At risk',
    breached: 'SLA breached',
    waitingOnClient: 'Waiting on client',
    resolved30: 'Resolved (30 days)',
    withinSla30: 'Within SLA (30 days)',
  },
  steps: {
    title: 'Engagements and value per step',
    count: 'Active engagements',
    value: 'Value (VND)',
    step: 'Step',
    waitTitle: 'Median waiting time per step',
    provider: 'Waiting on TAMS',
    client: 'Waiting on the client',
  },
  breaches: {
    title: 'SLA breaches over the last 30 days',
    day: 'Day',
    response: 'Late response',
    resolution: 'Late resolution',
    total: 'Total: {{count}} missed deadline(s)',
  },
  payments: {
    title: 'Overdue payments',
    engagement: 'Engagement',
    client: 'Client',
    label: 'Payment',
    amount: 'Amount',
    dueDate: 'Due',
    daysOverdue: 'Overdue',
    days: '{{count}} day(s)',
    empty: 'No payment is overdue.',
  },
  warranties: {
    title: 'Warranties ending in the next 30 days',
    engagement: 'Engagement',
    client: 'Client',
    accountManager: 'Account manager',
    endsAt: 'Ends',
    openClaims: 'Open claims',
    empty: 'No warranty ends in the next 30 days.',
  },
  changeRequests: {
    title: 'Change requests waiting',
    side: 'Waiting on',
    status: 'Status',
    count: 'Requests',
    value: 'Value',
    submitted: 'TAMS to quote',
    quoted: 'Client to approve',
    approved: 'TAMS to deliver',
  },
}

export default en
