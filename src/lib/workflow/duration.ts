import { workflowT } from './messages'

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * A waiting time as people say it: the two largest units, "2 ngày 3 giờ" / "2 d 3 h",
 * "45 phút", "dưới 1 phút".
 */
export function formatWaiting(seconds: number | null | undefined): string {
  const total = Math.max(0, Math.floor(seconds ?? 0))
  if (total < MINUTE) return workflowT()('duration.lessThanMinute')
  const units = [
    { key: 'day' as const, count: Math.floor(total / DAY) },
    { key: 'hour' as const, count: Math.floor((total % DAY) / HOUR) },
    { key: 'minute' as const, count: Math.floor((total % HOUR) / MINUTE) },
  ]
  const first = units.findIndex((unit) => unit.count > 0)
  return units
    .slice(first, first + 2)
    .filter((unit) => unit.count > 0)
    .map((unit) => workflowT()(`duration.${unit.key}`, { count: unit.count }))
    .join(' ')
}

/** Seconds from an ISO time until now (or a given time). */
export function secondsSince(iso: string | null | undefined, now: number = Date.now()): number {
  if (!iso) return 0
  return Math.max(0, (now - new Date(iso).getTime()) / 1000)
}
