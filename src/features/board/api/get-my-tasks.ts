import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { BOARD_POLL_MS } from './get-board'
import { boardKeys } from './keys'

/**
 * The provider's open actions that are this person's, as the database lists them
 * (pending_actions): those assigned to them, and for managers also those only a manager takes.
 */
export async function getMyTasks({ userId, isManager }: { userId: string; isManager: boolean }) {
  const request = supabase
    .from('pending_actions')
    .select(
      'engagement_id, kind, subject_id, actor, since, due_at, note, blocking, engagement_code, engagement_title, subject_title',
    )
    .eq('side', 'provider')
  const mine = isManager
    ? request.or(`actor.eq.manager,actor_id.eq.${userId}`)
    : request.eq('actor_id', userId)
  const { data, error } = await mine.order('since').limit(200)
  if (error) throw error
  return data
}

export type MyTask = Awaited<ReturnType<typeof getMyTasks>>[number]

export const getMyTasksQueryOptions = (who: { userId: string; isManager: boolean }) =>
  queryOptions({
    // Under the board's key: whatever refreshes the board refreshes the tasks.
    queryKey: [...boardKeys.all, 'my-tasks', who] as const,
    queryFn: () => getMyTasks(who),
    staleTime: 10_000,
    refetchInterval: BOARD_POLL_MS,
    refetchOnWindowFocus: true,
  })

export function useMyTasks(who: { userId: string; isManager: boolean }) {
  return useQuery(getMyTasksQueryOptions(who))
}
