import type { Enums } from '@/lib/database.types'

export const STATUSES: Enums<'warranty_claim_status'>[] = [
  'open',
  'in_progress',
  'waiting_on_client',
  'resolved',
]
export const PRIORITIES: Enums<'warranty_priority'>[] = ['critical', 'high', 'normal', 'low']
export const COVERAGES: Enums<'warranty_coverage'>[] = ['in_warranty', 'out_of_warranty', 'change_request']

/** SLA windows per priority (product.md), to explain what a triage will set; the database applies them. */
export const SLA_HOURS: Record<Enums<'warranty_priority'>, { response: number; resolution: number }> = {
  critical: { response: 4, resolution: 24 },
  high: { response: 8, resolution: 72 },
  normal: { response: 24, resolution: 120 },
  low: { response: 72, resolution: 240 },
}

export function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value)
}
