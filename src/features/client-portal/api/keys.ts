/** Every query of the client portal hangs under one key, so a workflow action refreshes them all. */
export const clientPortalKeys = {
  all: ['client-portal'] as const,
  engagements: () => [...clientPortalKeys.all, 'engagements'] as const,
  yourTurn: () => [...clientPortalKeys.all, 'your-turn'] as const,
  packages: () => [...clientPortalKeys.all, 'packages'] as const,
  people: () => [...clientPortalKeys.all, 'people'] as const,
  membership: () => [...clientPortalKeys.all, 'membership'] as const,
  engagement: (engagementId: string) => [...clientPortalKeys.all, 'engagement', engagementId] as const,
  section: (engagementId: string, section: string) =>
    [...clientPortalKeys.engagement(engagementId), section] as const,
}
