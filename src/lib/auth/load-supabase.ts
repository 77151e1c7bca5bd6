import type * as supabaseModule from '@/lib/supabase'

/**
 * supabase-js is about a third of the first visit's JavaScript, and the login page does not need
 * it until someone signs in. Auth code loads it through here; data features import
 * `@/lib/supabase` directly, since their pages are only reached signed in.
 */
type SupabaseModule = typeof supabaseModule

let markRequested: () => void = () => undefined
/** Settles the first time anything asks for the client. */
export const supabaseRequested = new Promise<void>((resolve) => {
  markRequested = resolve
})

let loading: Promise<SupabaseModule> | undefined

export function loadSupabase(): Promise<SupabaseModule> {
  markRequested()
  loading ??= import('@/lib/supabase')
  return loading
}
