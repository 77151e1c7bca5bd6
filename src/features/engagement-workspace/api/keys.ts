/**
 * Query keys of one engagement's workspace. Everything sits under `['engagements', id]`, so a
 * workflow action refreshes the whole workspace (and the documents module's lists) at once.
 */
export const workspaceKeys = {
  engagement: (id: string) => ['engagements', id] as const,
  summary: (id: string) => ['engagements', id, 'summary'] as const,
  section: (id: string, section: string) => ['engagements', id, section] as const,
  staff: () => ['staff'] as const,
  packages: () => ['service-packages', 'active'] as const,
}
