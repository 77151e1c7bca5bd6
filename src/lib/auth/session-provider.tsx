import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Session } from '@supabase/supabase-js'
import { useQueryClient } from '@tanstack/react-query'

import { toSignedInUser } from './profile'
import { onSessionChange } from './session-api'
import { SessionContext, type SessionState } from './session-context'

function toState(session: Session | null, ended: boolean): SessionState {
  return session
    ? { status: 'signed-in', session, user: toSignedInUser(session.user) }
    : { status: 'signed-out', session: null, user: null, ended }
}

/** Follows supabase-js's auth events (the first one is the restored session, if any). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const lastUserId = useRef<string | null | undefined>(undefined)
  const [state, setState] = useState<SessionState>({ status: 'loading', session: null, user: null })

  useEffect(
    () =>
      onSessionChange((session) => {
        const userId = session?.user.id ?? null
        // Another person's cached rows must never show after a change of user.
        const previous = lastUserId.current
        if (previous !== undefined && previous !== userId) queryClient.clear()
        lastUserId.current = userId
        setState(toState(session, Boolean(previous)))
      }),
    [queryClient],
  )

  return <SessionContext value={state}>{children}</SessionContext>
}
