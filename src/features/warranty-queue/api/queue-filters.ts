import type { Enums } from '@/lib/database.types'

/** The queue's filters, as they appear in the URL. */
export type QueueFilters = {
  status?: Enums<'warranty_claim_status'> | undefined
  priority?: Enums<'warranty_priority'> | undefined
  coverage?: Enums<'warranty_coverage'> | undefined
  assignee?: string | undefined
  client?: string | undefined
  breached?: boolean | undefined
}
