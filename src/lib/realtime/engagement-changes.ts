import { ENGAGEMENT_RECORD_TABLES } from './published-tables'
import type { TableChanges } from './use-live-query-invalidation'

/**
 * Everything that changes one engagement's page: its row and its records. Unpublished records
 * (requirements, milestones, acceptances) show through the `engagement_events` row their workflow
 * functions write.
 */
export function engagementChanges(engagementId: string): TableChanges[] {
  return [
    { table: 'engagements', filter: `id=eq.${engagementId}` },
    ...ENGAGEMENT_RECORD_TABLES.map((table) => ({ table, filter: `engagement_id=eq.${engagementId}` })),
  ]
}
