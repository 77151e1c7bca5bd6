import { queryOptions, useQuery } from '@tanstack/react-query'

import { liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'
import type { EngagementState } from '@/lib/workflow'

/** Exactly what a card shows; one request for the whole board, RLS decides which rows. */
const BOARD_COLUMNS =
  'id, code, title, step, state, version, step_entered_at, client_id, client_name, account_manager_id, account_manager_name, agreed_price_vnd, whose_move, whose_move_reason, provider_waiting_seconds, client_waiting_seconds'

/** Other people's moves show up within this time while the realtime channel is down. */
export const BOARD_POLL_MS = 20_000

/**
 * Work in progress. Finished engagements (cancelled, closed) outnumber it by far as years pass,
 * so the board asks for them only when its state filter names one.
 */
export const OPEN_STATES: readonly EngagementState[] = ['active', 'on_hold']

export function boardStatesFor(stateFilter: EngagementState | null): readonly EngagementState[] {
  return stateFilter && !OPEN_STATES.includes(stateFilter) ? [stateFilter] : OPEN_STATES
}

export async function getBoard(states: readonly EngagementState[]) {
  const { data, error } = await supabase
    .from('engagement_board')
    .select(BOARD_COLUMNS)
    .in('state', states)
    .order('step_entered_at', { ascending: true })
  if (error) throw error
  return data
}

export type BoardEngagement = Awaited<ReturnType<typeof getBoard>>[number]

export const boardQueryOptions = (states: readonly EngagementState[] = OPEN_STATES) =>
  queryOptions({
    queryKey: ['board', ...states],
    queryFn: () => getBoard(states),
    staleTime: 10_000,
    refetchInterval: BOARD_POLL_MS,
    refetchOnWindowFocus: true,
  })

/** Every change to an engagement the viewer may see refreshes the board; RLS decides which arrive. */
export function useBoard(states: readonly EngagementState[]) {
  const { live } = useLiveQueryInvalidation({
    channel: 'board',
    changes: [{ table: 'engagements' }],
    queryKeys: [['board']],
  })
  return useQuery({ ...boardQueryOptions(states), ...liveRefresh(live, BOARD_POLL_MS) })
}
