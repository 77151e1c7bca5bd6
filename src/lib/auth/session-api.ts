import type { Session } from '@supabase/supabase-js'

import { hasStoredSession } from '@/lib/auth-storage'

import { loadSupabase, supabaseRequested } from './load-supabase'

const doNothing = (): void => undefined

/**
 * Calls back on every sign-in, sign-out and token refresh; returns the unsubscribe function.
 * Without a stored session it answers "signed out" at once and only listens once the client
 * is loaded (by a sign-in), so a first visit does not download supabase-js.
 */
export function onSessionChange(callback: (session: Session | null) => void): () => void {
  let active = true
  let unsubscribe = doNothing
  const stored = hasStoredSession()
  if (!stored) callback(null)
  ;(stored ? Promise.resolve() : supabaseRequested)
    .then(loadSupabase)
    .then(({ supabase }) => {
      if (!active) return
      const { data } = supabase.auth.onAuthStateChange((_event, session) => callback(session))
      unsubscribe = () => data.subscription.unsubscribe()
    })
    .catch(() => active && callback(null))
  return () => {
    active = false
    unsubscribe()
  }
}

export async function signOut(): Promise<void> {
  const { supabase } = await loadSupabase()
  // Local scope: this browser signs out even when the server cannot be reached.
  const { error } = await supabase.auth.signOut({ scope: 'local' })
  if (error) throw error
}

/** Starts loading the client while the person types, so signing in does not wait for it. */
export function prepareSignIn(): void {
  void loadSupabase()
}
