import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

/** Exactly what a card shows; one request for the whole board, RLS decides which rows. */
const BOARD_COLUMNS =
  'id, code, title, step, state, version, step_entered_at, client_id, client_name, account_manager_id, account_manager_name, agreed_price_vnd, whose_move, whose_move_reason, provider_waiting_seconds, client_waiting_seconds'

/** Other people's moves show up within this time, until a realtime channel replaces polling. */
export const BOARD_POLL_MS = 20_000

export async function getBoard() {
  const { data, error } = await supabase
    .from('engagement_board')
    .select(BOARD_COLUMNS)
    .order('step_entered_at', { ascending: true })
  if (error) throw error
  return data
}

export type BoardEngagement = Awaited<ReturnType<typeof getBoard>>[number]

export const boardQueryOptions = () =>
  queryOptions({
    queryKey: ['board'],
    queryFn: getBoard,
    staleTime: 10_000,
    refetchInterval: BOARD_POLL_MS,
    refetchOnWindowFocus: true,
  })

export function useBoard() {
  return useQuery(boardQueryOptions())
}
