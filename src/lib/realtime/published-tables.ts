import type { Database } from '@/lib/database.types'

/**
 * The tables in the `supabase_realtime` publication (migration 20261124001200_realtime.sql): only
 * their changes are sent. Requirements, milestones and acceptances are not published; every
 * workflow function that changes them also writes an `engagement_events` row, which is.
 */
export const PUBLISHED_TABLES = [
  'engagements',
  'engagement_events',
  'quotes',
  'payments',
  'documents',
  'change_requests',
  'warranty_claims',
] as const satisfies readonly (keyof Database['public']['Tables'])[]

export type PublishedTable = (typeof PUBLISHED_TABLES)[number]
