import { formatWaiting } from '@/lib/workflow'

/** 72 -> "3 ngày" / "3 d": an SLA window in the words of the waiting times. */
export function formatHours(hours: number): string {
  return formatWaiting(hours * 3600)
}
