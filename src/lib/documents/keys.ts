/**
 * Query keys of an engagement's documents. They sit under `['engagements', id]`, so invalidating
 * an engagement refreshes its documents too.
 */
export const documentKeys = {
  all: (engagementId: string) => ['engagements', engagementId, 'documents'] as const,
  list: (engagementId: string) => ['engagements', engagementId, 'documents', 'list'] as const,
  accessLog: (engagementId: string) => ['engagements', engagementId, 'documents', 'access-log'] as const,
}
