import type { Row } from './world.ts'

/**
 * One row of the visibility table (docs/database.md) for data that belongs to an engagement: who sees it
 * follows the engagement (admin/manager all, assigned AM, own client), and the client sees only the
 * rows `clientSees` lets through.
 */
export interface EngagementCell {
  label: string
  table: string
  /** Column holding the engagement id (the id itself for engagements). */
  engagementColumn: string
  /** Columns the check needs; the key is always `id`. */
  columns: string
  /** Restricts the cell to part of the table (one visibility of documents). */
  within?: (row: Row) => boolean
  clientSees: (row: Row) => boolean
}

const always = () => true

export const ENGAGEMENT_CELLS: EngagementCell[] = [
  { label: 'engagements', table: 'engagements', engagementColumn: 'id', columns: 'id', clientSees: always },
  {
    label: 'quotes',
    table: 'quotes',
    engagementColumn: 'engagement_id',
    columns: 'id,engagement_id,status,sent_at',
    clientSees: (row) => row.sent_at !== null,
  },
  ...['milestones', 'payments', 'change_requests', 'acceptances', 'requirements', 'warranty_claims'].map(
    (table): EngagementCell => ({
      label: table,
      table,
      engagementColumn: 'engagement_id',
      columns: 'id,engagement_id',
      clientSees: always,
    }),
  ),
  ...(['confidential', 'shared', 'internal'] as const).map((visibility): EngagementCell => ({
    label: `documents ${visibility}`,
    table: 'documents',
    engagementColumn: 'engagement_id',
    columns: 'id,engagement_id,visibility',
    within: (row) => row.visibility === visibility,
    clientSees: () => visibility !== 'internal',
  })),
  {
    label: 'engagement_events',
    table: 'engagement_events',
    engagementColumn: 'engagement_id',
    columns: 'id,engagement_id,visible_to_client',
    clientSees: (row) => row.visible_to_client === true,
  },
  {
    label: 'document_access_log',
    table: 'document_access_log',
    engagementColumn: 'engagement_id',
    columns: 'id,engagement_id,visibility',
    clientSees: (row) => row.visibility !== 'internal',
  },
]
