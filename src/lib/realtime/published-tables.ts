// Generated from the migrated database by `npm run gen:types`. Do not edit by hand.

import type { Database } from '@/lib/database.types'

/**
 * The tables in the `supabase_realtime` publication: only their changes are sent. A workflow
 * function that changes an unpublished table (requirements, milestones, acceptances) also writes an
 * `engagement_events` row, which is published.
 */
export const PUBLISHED_TABLES = [
  'change_requests',
  'documents',
  'engagement_events',
  'engagements',
  'messages',
  'notifications',
  'payments',
  'quotes',
  'warranty_claims',
] as const satisfies readonly (keyof Database['public']['Tables'])[]

export type PublishedTable = (typeof PUBLISHED_TABLES)[number]

/** The published tables that hang off one engagement by `engagement_id`. */
export const ENGAGEMENT_RECORD_TABLES = [
  'change_requests',
  'documents',
  'engagement_events',
  'messages',
  'notifications',
  'payments',
  'quotes',
  'warranty_claims',
] as const satisfies readonly PublishedTable[]
