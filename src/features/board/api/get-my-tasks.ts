import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { BOARD_POLL_MS } from './get-board'
import { boardKeys } from './keys'

/**
 * The provider's open actions that are this person's, as the database lists them (my_tasks, the
 * rows of pending_actions): those assigned to them, and for managers also those only a manager takes.
 */
export async function getMyTasks() {
  const { data, error } = await supabase
    .rpc('my_tasks', { max_rows: 200 })
    .select(
      'engagement_id, kind, subject_id, actor, since, due_at, note, blocking, engagement_code, engagement_title, subject_title',
    )
  if (error) throw error
  return data
}

export type MyTask = Awaited<ReturnType<typeof getMyTasks>>[number]

export const getMyTasksQueryOptions = (userId: string) =>
  queryOptions({
    // Under the board's key: whatever refreshes the board refreshes the tasks.
    queryKey: [...boardKeys.all, 'my-tasks', userId] as const,
    queryFn: getMyTasks,
    staleTime: 10_000,
    refetchInterval: BOARD_POLL_MS,
    refetchOnWindowFocus: true,
  })

/** `enabled` waits for the board: the cards are painted first, the tasks load after them. */
export function useMyTasks(userId: string, enabled = true) {
  return useQuery({ ...getMyTasksQueryOptions(userId), enabled })
}
