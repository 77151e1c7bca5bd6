import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { notificationKeys } from './keys'

export type Notification = Database['public']['Tables']['notifications']['Row']

export const NOTIFICATION_KINDS = [
  'your_move',
  'activity',
  'message',
  'mention',
  'reminder',
  'reassigned',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export type NotificationFilters = { kind: NotificationKind | 'all'; unreadOnly: boolean }

/** The newest notifications of the signed-in person (RLS shows only their own). */
export async function getNotifications(filters: NotificationFilters): Promise<Notification[]> {
  let query = supabase.from('notifications').select('*').order('created_at', { ascending: false }).limit(100)
  if (filters.kind !== 'all') query = query.eq('kind', filters.kind)
  if (filters.unreadOnly) query = query.is('read_at', null)
  const { data, error } = await query
  if (error) throw error
  return data
}

export const getNotificationsQueryOptions = (userId: string, filters: NotificationFilters) =>
  queryOptions({
    queryKey: notificationKeys.list(userId, filters),
    queryFn: () => getNotifications(filters),
  })

export function useNotifications(userId: string, filters: NotificationFilters) {
  return useQuery(getNotificationsQueryOptions(userId, filters))
}
