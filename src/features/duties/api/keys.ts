import { engagementKeys } from '@/lib/engagement-keys'

/**
 * The duties' queries hang under the engagement's key, so any workflow action on it (in the staff
 * workspace) refreshes the ledger, the handover items and the licence register with the rest.
 */
export const dutiesKeys = {
  ledger: (engagementId: string) => [...engagementKeys.detail(engagementId), 'duties', 'ledger'] as const,
  handoverItems: (engagementId: string) =>
    [...engagementKeys.detail(engagementId), 'duties', 'handover'] as const,
  licenceAssets: (engagementId: string) =>
    [...engagementKeys.detail(engagementId), 'duties', 'licences'] as const,
  licenceRegister: (engagementId: string) =>
    [...engagementKeys.detail(engagementId), 'duties', 'licence-register'] as const,
  overview: () => ['oversight', 'duties'] as const,
}
