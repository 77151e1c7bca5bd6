import { createClient } from '@supabase/supabase-js'

import { env } from '@/config/env'
import { AUTH_STORAGE_KEY } from '@/lib/auth-storage'
import type { Database } from '@/lib/database.types'

export const supabase = createClient<Database>(env.supabaseUrl, env.supabaseAnonKey, {
  auth: {
    storageKey: AUTH_STORAGE_KEY,
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: false,
  },
})
