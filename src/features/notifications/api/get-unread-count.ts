import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { notificationKeys } from './keys'
import type { ChannelStatus } from './use-notification-changes'

/** How many of the signed-in person's notifications are unread (a count, no rows). */
export async function getUnreadCount(): Promise<number> {
  const { count, error } = await supabase
    .from('notifications')
    .select('id', { count: 'exact', head: true })
    .is('read_at', null)
  if (error) throw error
  return count ?? 0
}

export const getUnreadCountQueryOptions = (userId: string) =>
  queryOptions({ queryKey: notificationKeys.unread(userId), queryFn: getUnreadCount })

export function useUnreadCount(userId: string, channel: ChannelStatus) {
  // While the channel is live a new row refreshes the count; when it is down, it polls.
  return useQuery({
    ...getUnreadCountQueryOptions(userId),
    enabled: channel !== 'connecting',
    refetchInterval: channel === 'live' ? false : 30_000,
  })
}
