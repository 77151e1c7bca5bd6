import type { Enums } from '@/lib/database.types'

export const STATUSES: Enums<'warranty_claim_status'>[] = [
  'open',
  'in_progress',
  'waiting_on_client',
  'resolved',
]
export const PRIORITIES: Enums<'warranty_priority'>[] = ['critical', 'high', 'normal', 'low']
export const COVERAGES: Enums<'warranty_coverage'>[] = ['in_warranty', 'out_of_warranty', 'change_request']

export function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value)
}
