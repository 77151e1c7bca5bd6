import { useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { STEPS, type EngagementStep } from '@/lib/workflow'

import type { BoardEngagement, BoardQuery } from './board-query'
import type { MoveEngagementInput } from './move-engagement-schema'
import type { BoardPage } from './get-board'
import { boardKeys } from './keys'

/** A move as the board asks for it: the engagement's code and current step name it in messages. */
export type MoveRequest = MoveEngagementInput & { code: string; fromStep: EngagementStep | null }

/** Every step move goes through the one RPC; it checks who may move, preconditions and version. */
export async function moveEngagement({ engagementId, toStep, expectedVersion, note }: MoveEngagementInput) {
  const { data, error } = await supabase.rpc('transition_engagement', {
    engagement_id: engagementId,
    to_step: toStep,
    expected_version: expectedVersion,
    ...(note ? { note } : {}),
  })
  if (error) throw error
  return data
}

type Snapshot = { previous: [QueryKey, unknown][] }

/**
 * The card moves at once and both columns' counts follow; a refusal puts everything back (the
 * caller explains why), a version conflict reloads the board. Either way the board is read again
 * so counts, waits and whose move are the database's.
 */
export function useMoveEngagement(options: {
  /** The board on screen: its cards and counts change at once. */
  query: BoardQuery
  onRefused?: (error: unknown, input: MoveRequest) => void
}) {
  const queryClient = useQueryClient()
  const queryKey = boardKeys.all
  const first = boardKeys.first(options.query)
  const later = STEPS.map((step) => boardKeys.more(options.query, step))
  return useInvalidatingMutation({
    mutationFn: (input: MoveRequest) => moveEngagement(input),
    invalidates: () => [queryKey],
    // A refusal (a version conflict above all) means the board is out of date: read it again.
    refreshOnError: () => true,
    onMutate: async (input): Promise<Snapshot> => {
      await queryClient.cancelQueries({ queryKey })
      const previous = queryClient.getQueriesData({ queryKey })
      const loaded = [
        ...(queryClient.getQueryData<BoardPage>(first)?.cards ?? []),
        ...later.flatMap(
          (key) => queryClient.getQueryData<InfiniteData<BoardEngagement[]>>(key)?.pages.flat() ?? [],
        ),
      ]
      const moved = loaded.find((row) => row.id === input.engagementId)
      if (moved) {
        const card = { ...moved, step: input.toStep, step_entered_at: new Date().toISOString() }
        queryClient.setQueryData<BoardPage>(first, (page) => page && moveCard(page, moved, card))
        for (const key of later) {
          queryClient.setQueryData<InfiniteData<BoardEngagement[]>>(
            key,
            (pages) =>
              pages && {
                ...pages,
                pages: pages.pages.map((cards) => cards.filter((row) => row.id !== card.id)),
              },
          )
        }
      }
      return { previous }
    },
    onError: (error, input, snapshot) => {
      for (const [key, data] of snapshot?.previous ?? []) queryClient.setQueryData(key, data)
      options.onRefused?.(error, input)
    },
    onSuccess: (engagement) => {
      queryClient.setQueryData<BoardPage>(
        first,
        (page) =>
          page && {
            ...page,
            cards: page.cards.map((row) =>
              row.id === engagement.id
                ? {
                    ...row,
                    step: engagement.step,
                    version: engagement.version,
                    step_entered_at: engagement.step_entered_at,
                  }
                : row,
            ),
          },
      )
    },
  })
}

/** The card leaves one column for the end of another: one count and VND total each way. */
function moveCard(page: BoardPage, from: BoardEngagement, card: BoardEngagement): BoardPage {
  const price = card.agreed_price_vnd ?? 0
  const change = (step: EngagementStep, by: number) => {
    const total = page.totals[step] ?? { count: 0, totalVnd: 0 }
    return { count: total.count + by, totalVnd: total.totalVnd + by * price }
  }
  return {
    cards: [...page.cards.filter((row) => row.id !== card.id), card],
    totals: { ...page.totals, [from.step]: change(from.step, -1), [card.step]: change(card.step, 1) },
  }
}
