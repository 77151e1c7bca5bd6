import { useSuspenseQuery } from '@tanstack/react-query'

import { useSignedInUser } from '@/lib/auth'

import { getProfileQueryOptions, type Profile } from './api/get-profile'

/** The signed-in person's side and role, for pages under the protected root (which loads it first). */
export function useCurrentProfile(): Profile {
  const user = useSignedInUser()
  return useSuspenseQuery(getProfileQueryOptions(user.id)).data
}

/** Staff who see every engagement (managers and admins), as opposed to account managers. */
export function isManagerProfile(profile: Profile): boolean {
  return profile.side === 'staff' && (profile.role === 'manager' || profile.role === 'admin')
}
