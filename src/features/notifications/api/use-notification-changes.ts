import { useEffect, useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { notificationKeys } from './keys'

type Row = { kind?: unknown; engagement_id?: unknown }

/**
 * Listens to the person's own notifications over Realtime: each new or marked row refreshes the
 * inbox, and a reassignment also tells the caller (Realtime sends nothing about rows the previous
 * account manager can no longer read, so this row is how their board learns to drop the card).
 */
/** `connecting` until the channel answers; then `live`, or `down` (the inbox polls instead). */
export type ChannelStatus = 'connecting' | 'live' | 'down'

export function useNotificationChanges(
  userId: string,
  onReassigned?: (engagementId: string) => void,
): ChannelStatus {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<ChannelStatus>('connecting')
  const reassigned = useRef(onReassigned)
  useEffect(() => {
    reassigned.current = onReassigned
  })

  useEffect(() => {
    const channel = supabase
      .channel(`notifications:${userId}`)
      .on(
        'postgres_changes',
        { event: '*', schema: 'public', table: 'notifications', filter: `user_id=eq.${userId}` },
        (change) => {
          void queryClient.invalidateQueries({ queryKey: notificationKeys.all })
          const row = change.new as Row
          if (row.kind === 'reassigned' && typeof row.engagement_id === 'string')
            reassigned.current?.(row.engagement_id)
        },
      )
      .subscribe((state) => {
        setStatus(state === 'SUBSCRIBED' ? 'live' : 'down')
        // Changes may have come before the channel: read again, but never restart a read in flight.
        if (state === 'SUBSCRIBED')
          void queryClient.invalidateQueries({ queryKey: notificationKeys.all }, { cancelRefetch: false })
      })
    return () => {
      setStatus('connecting')
      void supabase.removeChannel(channel)
    }
  }, [userId, queryClient])

  return status
}
