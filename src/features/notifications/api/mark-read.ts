import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { notificationKeys } from './keys'

export async function markNotificationRead(notificationId: string) {
  const { error } = await supabase.rpc('mark_notification_read', { notification_id: notificationId })
  if (error) throw error
}

export async function markAllNotificationsRead() {
  const { data, error } = await supabase.rpc('mark_all_notifications_read')
  if (error) throw error
  return data
}

export function useMarkNotificationRead() {
  return useInvalidatingMutation({
    mutationFn: markNotificationRead,
    invalidates: () => [notificationKeys.all],
  })
}

export function useMarkAllNotificationsRead() {
  return useInvalidatingMutation({
    mutationFn: markAllNotificationsRead,
    invalidates: () => [notificationKeys.all],
  })
}
