import { engagementKeys } from '@/lib/engagement-keys'

/**
 * Query keys of one engagement's workspace. Everything sits under the engagement's key, so a
 * workflow action refreshes the whole workspace (and the documents module's lists) at once.
 */
export const workspaceKeys = {
  engagement: (id: string) => engagementKeys.detail(id),
  summary: (id: string) => [...engagementKeys.detail(id), 'summary'] as const,
  section: (id: string, section: string) => [...engagementKeys.detail(id), section] as const,
  clientMembers: (clientId: string) => ['clients', clientId, 'members'] as const,
  staff: () => ['staff'] as const,
  packages: () => ['service-packages', 'active'] as const,
}
