import type { TableChanges } from './use-live-query-invalidation'

/** The published tables that hang off one engagement by `engagement_id`. */
const ENGAGEMENT_RECORDS = [
  'engagement_events',
  'quotes',
  'payments',
  'documents',
  'change_requests',
  'warranty_claims',
] as const

/**
 * Everything that changes one engagement's page: its row and its records. Requirements,
 * milestones and acceptances are not published; the workflow functions that change them write an
 * `engagement_events` row, which is.
 */
export function engagementChanges(engagementId: string): TableChanges[] {
  return [
    { table: 'engagements', filter: `id=eq.${engagementId}` },
    ...ENGAGEMENT_RECORDS.map((table) => ({ table, filter: `engagement_id=eq.${engagementId}` })),
  ]
}
