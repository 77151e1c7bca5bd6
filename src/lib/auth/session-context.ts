import { createContext, useContext } from 'react'
import type { Session } from '@supabase/supabase-js'

import type { SignedInUser } from './profile'

export type SessionState =
  | { status: 'loading'; session: null; user: null }
  /** `ended`: a session of this visit just ended (signed out or expired), rather than never existing. */
  | { status: 'signed-out'; session: null; user: null; ended: boolean }
  | { status: 'signed-in'; session: Session; user: SignedInUser }

export const SessionContext = createContext<SessionState | null>(null)

export function useSession(): SessionState {
  const state = useContext(SessionContext)
  if (!state) throw new Error('useSession must be used inside <SessionProvider>')
  return state
}

/** For pages behind the protected layout, where a session is guaranteed. */
export function useSignedInUser(): SignedInUser {
  const state = useSession()
  if (state.status !== 'signed-in') throw new Error('No signed-in user')
  return state.user
}
