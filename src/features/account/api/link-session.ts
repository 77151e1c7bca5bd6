import { loadSupabase } from '@/lib/auth'

/** What an emailed link brought: a session of that kind, or Auth's reason it did not. */
export type LinkSession = { ok: true; type: string; name: string | null } | { ok: false; code: string }

/**
 * Auth's /verify sends the browser back with the session (or the error) in the URL's fragment.
 * Taken in the route's loader, once per visit, before the page renders.
 * The session is handed to supabase-js, and the fragment wiped so no token stays in the address
 * bar or the history. A reload without a fragment keeps the session already taken.
 */
export async function takeLinkSession(fragment: string): Promise<LinkSession> {
  const { supabase } = await loadSupabase()
  const params = new URLSearchParams(fragment.replace(/^#/, ''))
  const errorCode = params.get('error_code')
  const accessToken = params.get('access_token')
  const refreshToken = params.get('refresh_token')
  if (fragment) window.history.replaceState(null, '', window.location.pathname + window.location.search)
  if (errorCode) return { ok: false, code: errorCode }
  if (!accessToken || !refreshToken) {
    const { data } = await supabase.auth.getSession()
    return data.session
      ? { ok: true, type: 'session', name: nameOf(data.session.user.user_metadata) }
      : { ok: false, code: 'no_link' }
  }
  const { data, error } = await supabase.auth.setSession({
    access_token: accessToken,
    refresh_token: refreshToken,
  })
  if (error || !data.user) return { ok: false, code: error?.code ?? 'unknown' }
  return { ok: true, type: params.get('type') ?? '', name: nameOf(data.user.user_metadata) }
}

/** The name the inviter gave (Auth keeps it in the user's metadata). */
function nameOf(metadata: Record<string, unknown> | undefined): string | null {
  const name = metadata?.full_name
  return typeof name === 'string' && name.trim() !== '' ? name : null
}
