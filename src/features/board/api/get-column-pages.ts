import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'
import type { EngagementStep } from '@/lib/workflow'

import { BOARD_PAGE_SIZE, boardArgs, type BoardEngagement, type BoardQuery } from './board-query'
import { boardKeys } from './keys'

/** Where a column's next page starts: after this card, in the board's order. */
export type ColumnCursor = { stepEnteredAt: string; id: string }

export const cursorOf = (card: BoardEngagement): ColumnCursor => ({
  stepEnteredAt: card.step_entered_at,
  id: card.id,
})

/** The next cards of one column after a card, in the board's order (step_entered_at, id). */
export async function getColumnPage(
  query: BoardQuery,
  step: EngagementStep,
  after: ColumnCursor,
): Promise<BoardEngagement[]> {
  const { data, error } = await supabase.rpc('board_cards', {
    ...boardArgs(query),
    step,
    after_step_entered_at: after.stepEnteredAt,
    after_id: after.id,
    page_size: BOARD_PAGE_SIZE,
  })
  if (error) throw error
  return data
}

export const getColumnPagesQueryOptions = (
  query: BoardQuery,
  step: EngagementStep,
  from: ColumnCursor | null,
) =>
  infiniteQueryOptions({
    queryKey: boardKeys.more(query, step),
    queryFn: ({ pageParam }) => (pageParam ? getColumnPage(query, step, pageParam) : Promise.resolve([])),
    initialPageParam: from,
    getNextPageParam: (page: BoardEngagement[]) =>
      page.length === BOARD_PAGE_SIZE ? cursorOf(page[page.length - 1]!) : undefined,
    enabled: from !== null,
    staleTime: 10_000,
  })

/** The pages a column loaded past the first, on "show more"; none until `from` is set. */
export function useColumnPages(query: BoardQuery, step: EngagementStep, from: ColumnCursor | null) {
  return useInfiniteQuery(getColumnPagesQueryOptions(query, step, from))
}
