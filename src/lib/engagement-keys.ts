/**
 * The one engagement's queries staff screens read: the workspace's panels and the documents
 * module's lists both hang under `['engagements', id]`, so an action on it refreshes them all.
 */
export const engagementKeys = {
  all: ['engagements'] as const,
  detail: (engagementId: string) => [...engagementKeys.all, engagementId] as const,
}
