/**
 * How a query refreshes itself when a subscription may keep it fresh: no polling and no refetch
 * on focus while the channel is live; the usual polling (if any) and refetch on focus once the
 * socket drops or before it has joined.
 */
export function liveRefresh(live: boolean, pollMs: number | false = false) {
  return { refetchInterval: live ? false : pollMs, refetchOnWindowFocus: !live }
}
