import { useEffect, useRef, useState } from 'react'
import { useQueryClient, type QueryKey } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import type { PublishedTable } from './published-tables'

export type ChangeEvent = '*' | 'INSERT' | 'UPDATE' | 'DELETE'

export type TableChanges = {
  table: PublishedTable
  /** A Realtime row filter, `column=op.value`, e.g. `engagement_id=eq.<id>`. */
  filter?: string
  event?: ChangeEvent
}

export type LiveQueryInvalidation = {
  /** Names the channel; each mounted hook joins its own. */
  channel: string
  changes: readonly TableChanges[]
  /** Prefixes of the queries that a change makes out of date. */
  queryKeys: readonly QueryKey[]
  enabled?: boolean
}

export type LiveStatus = 'connecting' | 'live' | 'down'

/** One workflow action changes several rows: their events arrive together and cause one refetch. */
const BURST_MS = 50

let channelCount = 0

/**
 * Subscribes to `postgres_changes` and invalidates the given queries on each change (the database
 * applies RLS to what it sends, so a page never learns of rows it may not read). `live` is true
 * while the channel is joined; queries then stop polling (see `liveRefresh`).
 *
 * The access token follows the session without help: supabase-js passes each new token to
 * Realtime on sign-in and refresh, and Realtime sends it to every joined channel.
 */
export function useLiveQueryInvalidation({
  channel,
  changes,
  queryKeys,
  enabled = true,
}: LiveQueryInvalidation): { live: boolean; status: LiveStatus } {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<LiveStatus>('connecting')
  const keys = useRef(queryKeys)
  useEffect(() => {
    keys.current = queryKeys
  })
  const signature = JSON.stringify([channel, changes])

  useEffect(() => {
    if (!enabled) return
    const [name, bindings] = JSON.parse(signature) as [string, TableChanges[]]
    let active = true
    let burst: ReturnType<typeof setTimeout> | undefined
    // Data read before this moment may have missed changes: everything, once the socket dropped.
    const coveredSince = Date.now()
    let dropped = false

    const catchUp = () => {
      const since = dropped ? Infinity : coveredSince
      for (const queryKey of keys.current) {
        // On the first join, a read under way started with the channel: it is let finish.
        void queryClient.invalidateQueries(
          { queryKey, predicate: (query) => query.state.dataUpdatedAt < since },
          { cancelRefetch: dropped },
        )
      }
    }
    const onChange = () => {
      burst ??= setTimeout(() => {
        burst = undefined
        for (const queryKey of keys.current) void queryClient.invalidateQueries({ queryKey })
      }, BURST_MS)
    }

    const realtime = supabase.channel(`${name}:${++channelCount}`)
    for (const { table, filter, event = '*' } of bindings) {
      realtime.on('postgres_changes', { event, schema: 'public', table, ...(filter && { filter }) }, onChange)
    }
    realtime.subscribe((state) => {
      if (!active) return
      if (state === 'SUBSCRIBED') {
        catchUp()
        setStatus('live')
      } else {
        // CHANNEL_ERROR, TIMED_OUT, CLOSED: realtime-js rejoins by itself; until then, poll.
        dropped = true
        setStatus('down')
      }
    })
    return () => {
      active = false
      clearTimeout(burst)
      setStatus('connecting')
      void supabase.removeChannel(realtime)
    }
  }, [signature, enabled, queryClient])

  return { live: status === 'live', status }
}
