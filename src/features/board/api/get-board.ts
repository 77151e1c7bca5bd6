import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'

import { liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'
import type { EngagementStep } from '@/lib/workflow'

import { BOARD_PAGE_SIZE, boardArgs, type BoardEngagement, type BoardQuery } from './board-query'
import { boardKeys } from './keys'

/** Other people's moves show up within this time while the realtime channel is down. */
export const BOARD_POLL_MS = 20_000

export type ColumnTotal = { count: number; totalVnd: number }
/** The first page of every column, and each column's count and VND total under the filters. */
export type BoardPage = { cards: BoardEngagement[]; totals: Partial<Record<EngagementStep, ColumnTotal>> }

/** One request paints the whole board, however many engagements there are; RLS decides which. */
export async function getBoard(query: BoardQuery): Promise<BoardPage> {
  const { data, error } = await supabase.rpc('board_cards', {
    ...boardArgs(query),
    page_size: BOARD_PAGE_SIZE,
  })
  if (error) throw error
  const cards: BoardEngagement[] = data
  const totals: BoardPage['totals'] = {}
  for (const card of cards) totals[card.step] = { count: card.column_count, totalVnd: card.column_total_vnd }
  return { cards, totals }
}

export const getBoardQueryOptions = (query: BoardQuery) =>
  queryOptions({
    queryKey: boardKeys.first(query),
    queryFn: () => getBoard(query),
    staleTime: 10_000,
    refetchInterval: BOARD_POLL_MS,
    refetchOnWindowFocus: true,
    // A new filter keeps the old cards on screen until its own arrive.
    placeholderData: keepPreviousData,
  })

/** Every change to an engagement the viewer may see refreshes the board; RLS decides which arrive. */
export function useBoard(query: BoardQuery) {
  const { live } = useLiveQueryInvalidation({
    channel: 'board',
    changes: [{ table: 'engagements' }],
    queryKeys: [boardKeys.all],
  })
  return useQuery({ ...getBoardQueryOptions(query), ...liveRefresh(live, BOARD_POLL_MS) })
}
