/** Dates are shown in Vietnam's time, whatever the browser's zone. */
export const APP_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: APP_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function partsOf(value: Date | string): Record<string, string> {
  const date = typeof value === 'string' ? new Date(value) : value
  const parts: Record<string, string> = {}
  for (const part of dateParts.formatToParts(date)) parts[part.type] = part.value
  return parts
}

/** `2026-03-01T20:00:00Z` -> `02/03/2026` (already the 2nd in Ho Chi Minh City). */
export function formatDate(value: Date | string): string {
  const p = partsOf(value)
  return `${p.day}/${p.month}/${p.year}`
}

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: Date | string): string {
  const p = partsOf(value)
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}
