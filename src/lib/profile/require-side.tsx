import type { ReactNode } from 'react'
import { Navigate } from 'react-router'

import { paths } from '@/config/paths'

import type { Profile } from './api/get-profile'
import { isManagerProfile, useCurrentProfile } from './use-current-profile'

/** Where each side lands after signing in. */
export function homeOf(profile: Profile): string {
  return profile.side === 'client' ? paths.client.getHref() : paths.board.getHref()
}

/**
 * Keeps people on their own side's pages. Only a convenience: the database shows the other side
 * nothing anyway.
 */
export function RequireSide({ side, children }: { side: 'staff' | 'client'; children: ReactNode }) {
  const profile = useCurrentProfile()
  if (profile.side !== side) return <Navigate to={homeOf(profile)} replace />
  return children
}

/**
 * Pages for managers and admins only (the dashboard): anyone else is sent to their own home
 * instead of meeting the database's refusal. Again only a convenience; the database refuses anyway.
 */
export function RequireManager({ children }: { children: ReactNode }) {
  const profile = useCurrentProfile()
  if (!isManagerProfile(profile)) return <Navigate to={homeOf(profile)} replace />
  return children
}
