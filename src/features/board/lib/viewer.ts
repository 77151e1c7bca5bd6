import type { Profile } from '@/lib/profile'
import { moveHint, nextStep, refusalSentence, type EngagementStep, type ViewerRole } from '@/lib/workflow'

import type { BoardEngagement } from '../api/board-query'

/** How the signed-in person relates to one engagement, as the database's actor_role would say. */
export function viewerRoleFor(profile: Profile, engagement: BoardEngagement): ViewerRole {
  if (profile.side === 'staff') {
    if (profile.role === 'manager' || profile.role === 'admin') return 'manager'
    return engagement.account_manager_id === profile.userId ? 'account_manager' : null
  }
  return profile.side === 'client' ? profile.role : null
}

/**
 * Why this move would likely be refused, in words, or null when it looks possible. A hint to dim
 * columns and annotate the menu; the database decides when the move is tried.
 */
export function moveHintSentence(
  profile: Profile,
  engagement: BoardEngagement,
  to: EngagementStep,
): string | null {
  const { step, state } = engagement
  if (!step || !state) return null
  const code = moveHint({ step, state }, to, viewerRoleFor(profile, engagement))
  if (!code) return null
  return refusalSentence(code, { step, next_step: nextStep(step), state })
}
