import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'

import type { Enums } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'
import { isVersionConflict, STEPS } from '@/lib/workflow'

import { boardQueryOptions, type BoardEngagement } from './get-board'

/** Messages are keys of the `board` namespace; the reason dialog translates them. */
export const moveEngagementSchema = z.object({
  engagementId: z.string(),
  toStep: z.enum(STEPS as [Enums<'engagement_step'>, ...Enums<'engagement_step'>[]]),
  expectedVersion: z.number(),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000, 'reject.tooLong'))),
})

export type MoveEngagementInput = z.infer<typeof moveEngagementSchema>
/** A move as the board asks for it: the engagement's code names it in messages. */
export type MoveRequest = MoveEngagementInput & { code: string }

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

type Snapshot = { previous: BoardEngagement[] | undefined }

/**
 * The card moves at once; a refusal puts it back (the caller explains why), a version conflict
 * reloads the board. Either way the board is read again so waits and whose move are the database's.
 */
export function useMoveEngagement(
  options: { onRefused?: (error: unknown, input: MoveRequest) => void } = {},
) {
  const queryClient = useQueryClient()
  const { queryKey } = boardQueryOptions()
  return useMutation({
    mutationFn: (input: MoveRequest) => moveEngagement(input),
    onMutate: async (input): Promise<Snapshot> => {
      await queryClient.cancelQueries({ queryKey })
      const previous = queryClient.getQueryData(queryKey)
      queryClient.setQueryData(queryKey, (rows) =>
        rows?.map((row) =>
          row.id === input.engagementId
            ? { ...row, step: input.toStep, step_entered_at: new Date().toISOString() }
            : row,
        ),
      )
      return { previous }
    },
    onError: (error, input, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(queryKey, snapshot.previous)
      options.onRefused?.(error, input)
      if (isVersionConflict(error)) void queryClient.invalidateQueries({ queryKey })
    },
    onSuccess: (engagement) => {
      queryClient.setQueryData(queryKey, (rows) =>
        rows?.map((row) =>
          row.id === engagement.id
            ? {
                ...row,
                step: engagement.step,
                version: engagement.version,
                step_entered_at: engagement.step_entered_at,
              }
            : row,
        ),
      )
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  })
}
