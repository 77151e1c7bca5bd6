/** Every key of this feature starts with 'administration', so one invalidation refreshes the area. */
export const administrationKeys = {
  all: ['administration'] as const,
  clients: () => [...administrationKeys.all, 'clients'] as const,
  members: (clientId: string) => [...administrationKeys.all, 'members', clientId] as const,
  invitations: (clientId: string) => [...administrationKeys.all, 'invitations', clientId] as const,
  staff: () => [...administrationKeys.all, 'staff'] as const,
  packages: () => [...administrationKeys.all, 'packages'] as const,
  audit: (page: number) => [...administrationKeys.all, 'audit', page] as const,
}
