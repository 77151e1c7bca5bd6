import { isManagerProfile, useCurrentProfile } from '@/lib/profile'

/** Managers read the administration area; admins also edit it. The database enforces both. */
export function useAdminAccess() {
  const profile = useCurrentProfile()
  return {
    profile,
    canRead: isManagerProfile(profile),
    canEdit: profile.side === 'staff' && profile.role === 'admin',
  }
}
