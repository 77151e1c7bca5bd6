/** Every dashboard figure's key starts with 'oversight'; the database refuses them all to non-managers. */
export const oversightKeys = {
  all: ['oversight'] as const,
  steps: () => [...oversightKeys.all, 'steps'] as const,
  warrantySummary: () => [...oversightKeys.all, 'warranty-summary'] as const,
  slaBreaches: () => [...oversightKeys.all, 'sla-breaches'] as const,
  overduePayments: () => [...oversightKeys.all, 'overdue-payments'] as const,
  warrantiesEnding: () => [...oversightKeys.all, 'warranties-ending'] as const,
  changeRequestsWaiting: () => [...oversightKeys.all, 'change-requests'] as const,
}
