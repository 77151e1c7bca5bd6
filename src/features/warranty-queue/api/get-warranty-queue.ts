import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { liveRefresh, useLiveQueryInvalidation, type TableChanges } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import { warrantyQueueKeys } from './keys'
import type { QueueFilters } from './queue-filters'

export type { QueueFilters } from './queue-filters'

export type QueueClaim = Database['public']['Views']['warranty_claim_sla']['Row']

/** Claims per request; "show more" asks for the next ones (a request returns at most 1,000 rows). */
export const QUEUE_PAGE_SIZE = 100

/** One page of the queue and how many claims match the filters in all. */
export type QueuePage = { claims: QueueClaim[]; total: number }

/** The database filters, orders by nearest deadline and computes due times, pause and SLA status. */
export async function getWarrantyQueuePage(filters: QueueFilters, offset: number): Promise<QueuePage> {
  const { data, count, error } = await supabase
    .rpc(
      'warranty_queue',
      {
        ...(filters.status && { status: filters.status }),
        ...(filters.priority && { priority: filters.priority }),
        ...(filters.coverage && { coverage: filters.coverage }),
        ...(filters.assignee && { assigned_to: filters.assignee }),
        ...(filters.client && { client_id: filters.client }),
        ...(filters.breached && { breached_only: true }),
      },
      { count: 'exact' },
    )
    .range(offset, offset + QUEUE_PAGE_SIZE - 1)
  if (error) throw error
  const claims: QueueClaim[] = data
  return { claims, total: count ?? claims.length }
}

export const getWarrantyQueueQueryOptions = (filters: QueueFilters) =>
  infiniteQueryOptions({
    queryKey: warrantyQueueKeys.queue(filters),
    queryFn: ({ pageParam }) => getWarrantyQueuePage(filters, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last: QueuePage, pages: QueuePage[]) => {
      const loaded = pages.reduce((sum, page) => sum + page.claims.length, 0)
      return last.claims.length === QUEUE_PAGE_SIZE && loaded < last.total ? loaded : undefined
    },
    // The database recomputes due times and breaches; ask again each minute as time passes.
    refetchInterval: 60_000,
    staleTime: 10_000,
  })

/** New claims and every change to one (RLS decides which reach the viewer). */
export const CLAIM_CHANGES: TableChanges[] = [{ table: 'warranty_claims' }]

/**
 * While live, claims arrive by themselves and badges follow the clock (`liveSlaStatus`); only the
 * breached filter still asks each minute, since the database decides which claims have breached.
 */
export function useWarrantyQueue(filters: QueueFilters) {
  const { live } = useLiveQueryInvalidation({
    channel: 'warranty-queue',
    changes: CLAIM_CHANGES,
    queryKeys: [warrantyQueueKeys.all],
  })
  const refresh = liveRefresh(live && !filters.breached, 60_000)
  return useInfiniteQuery({ ...getWarrantyQueueQueryOptions(filters), ...refresh })
}
