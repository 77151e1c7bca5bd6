/**
 * Every query of the client portal hangs under one key, so a workflow action refreshes them all:
 * it changes the engagement, its whose-move and the "your turn" list at once. A refusal because
 * the page showed out-of-date terms refreshes them too, so the person sees what they now decide on.
 */
export const clientPortalKeys = {
  all: ['client-portal'] as const,
  engagements: () => [...clientPortalKeys.all, 'engagements'] as const,
  yourTurn: () => [...clientPortalKeys.all, 'your-turn'] as const,
  packages: () => [...clientPortalKeys.all, 'packages'] as const,
  people: () => [...clientPortalKeys.all, 'people'] as const,
  approvers: () => [...clientPortalKeys.all, 'approvers'] as const,
  membership: () => [...clientPortalKeys.all, 'membership'] as const,
  client: (clientId: string) => [...clientPortalKeys.all, 'client', clientId] as const,
  engagement: (engagementId: string) => [...clientPortalKeys.all, 'engagement', engagementId] as const,
  summary: (engagementId: string) => [...clientPortalKeys.engagement(engagementId), 'summary'] as const,
  section: (engagementId: string, section: string) =>
    [...clientPortalKeys.engagement(engagementId), section] as const,
}
