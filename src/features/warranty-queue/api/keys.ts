import type { QueueFilters } from './queue-filters'

/** Every key of this feature starts with 'warranty-queue', so one invalidation refreshes queue, suggestions and own claims. */
export const warrantyQueueKeys = {
  all: ['warranty-queue'] as const,
  queue: (filters: QueueFilters) => [...warrantyQueueKeys.all, 'queue', filters] as const,
  mine: (userId: string) => [...warrantyQueueKeys.all, 'mine', userId] as const,
  suggestions: (claimIds: string[]) =>
    [...warrantyQueueKeys.all, 'suggestions', claimIds.toSorted()] as const,
  filterOptions: () => [...warrantyQueueKeys.all, 'filter-options'] as const,
  slaWindows: () => [...warrantyQueueKeys.all, 'sla-windows'] as const,
}
