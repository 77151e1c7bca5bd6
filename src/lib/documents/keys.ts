import { engagementKeys } from '@/lib/engagement-keys'

/** Query keys of an engagement's documents: under the engagement's, so an action on it refreshes them too. */
export const documentKeys = {
  all: (engagementId: string) => [...engagementKeys.detail(engagementId), 'documents'] as const,
  list: (engagementId: string) => [...documentKeys.all(engagementId), 'list'] as const,
  accessLog: (engagementId: string) => [...documentKeys.all(engagementId), 'access-log'] as const,
}
