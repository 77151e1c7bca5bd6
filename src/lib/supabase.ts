import { SupabaseClient } from '@supabase/supabase-js'

import { env } from '@/config/env'
import { AUTH_STORAGE_KEY } from '@/lib/auth-storage'
import type { Database } from '@/lib/database.types'

/** No answer within this time counts as an unreachable API (see `isUnreachable` in query-client.ts). */
const REQUEST_TIMEOUT_MS = 8_000

/**
 * One retry policy for the whole app: react-query's (`query-client.ts`). postgrest-js would
 * otherwise retry every failed read three more times (1 s, 2 s, 4 s) inside each of react-query's
 * attempts, so an unreachable API spun about 25 s before the page could say so.
 */
class AppSupabaseClient extends SupabaseClient<Database> {
  constructor(...args: ConstructorParameters<typeof SupabaseClient<Database>>) {
    super(...args)
    this.rest.retry = false
  }
}

export const supabase = new AppSupabaseClient(env.supabaseUrl, env.supabaseAnonKey, {
  auth: {
    storageKey: AUTH_STORAGE_KEY,
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: false,
  },
  db: { timeout: REQUEST_TIMEOUT_MS },
})
