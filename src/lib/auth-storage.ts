/** Where supabase-js keeps the session in this browser (named so it can be checked without loading it). */
export const AUTH_STORAGE_KEY = 'tams-auth'

/** A cheap hint, read before supabase-js is loaded: is there a session worth restoring? */
export function hasStoredSession(): boolean {
  try {
    return window.localStorage.getItem(AUTH_STORAGE_KEY) !== null
  } catch {
    return false
  }
}
