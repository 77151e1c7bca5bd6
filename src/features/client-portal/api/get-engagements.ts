import { queryOptions, useQuery } from '@tanstack/react-query'

import { readAllPages } from '@/lib/read-all-pages'
import { liveRefresh, useLiveQueryInvalidation, type TableChanges } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** What a client card needs; the view applies the engagements policies (security invoker). */
export const ENGAGEMENT_COLUMNS =
  'id, code, title, step, state, version, client_id, client_name, account_manager_name, agreed_price_vnd, warranty_starts_at, warranty_ends_at, whose_move, whose_move_reason, whose_move_since, provider_waiting_seconds, client_waiting_seconds, created_at, updated_at'

const engagementsPage = (from: number, to: number) =>
  supabase
    .from('engagement_board')
    .select(ENGAGEMENT_COLUMNS, { count: 'exact' })
    .order('updated_at', { ascending: false })
    .order('id')
    .range(from, to)

export type ClientEngagement = NonNullable<Awaited<ReturnType<typeof engagementsPage>>['data']>[number]

/** All of them, however many years of finished work: one request per max_rows. */
export function getEngagements(): Promise<ClientEngagement[]> {
  return readAllPages(engagementsPage)
}

export const getEngagementsQueryOptions = () =>
  queryOptions({ queryKey: clientPortalKeys.engagements(), queryFn: getEngagements })

/**
 * What changes a client's lists: RLS sends only their company's rows, and events only those meant
 * for them (requirements and milestones are not published; their workflow acts write an event).
 */
export const CLIENT_LIST_CHANGES: TableChanges[] = [
  { table: 'engagements' },
  { table: 'engagement_events' },
  { table: 'quotes' },
  { table: 'payments' },
  { table: 'change_requests' },
  { table: 'warranty_claims' },
]

export function useEngagements() {
  const { live } = useLiveQueryInvalidation({
    channel: 'client-engagements',
    changes: CLIENT_LIST_CHANGES,
    queryKeys: [clientPortalKeys.engagements()],
  })
  return useQuery({ ...getEngagementsQueryOptions(), ...liveRefresh(live) })
}
