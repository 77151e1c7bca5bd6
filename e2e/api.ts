import { createClient, type SupabaseClient, type SupabaseClientOptions } from '@supabase/supabase-js'
import ws from 'ws'

import type { Database } from '../src/lib/database.types'

import { DEMO_PASSWORD, personas, type Persona } from './personas'

/** The stack the app under test talks to, and the Supabase CLI's local anon key. */
export const API_URL = process.env.API_URL ?? 'http://127.0.0.1:54321'
export const ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0'

export type Db = SupabaseClient<Database>
/** Node 20 has no global WebSocket; supabase-js builds its realtime client eagerly. */
type RealtimeTransport = NonNullable<NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']>

const sessions = new Map<Persona, Promise<Db>>()

/**
 * supabase-js signed in as a demo persona, for the steps that set a scene through the API (the
 * database decides what they may do, exactly as for the UI).
 */
export function apiAs(persona: Persona): Promise<Db> {
  const existing = sessions.get(persona)
  if (existing) return existing
  const signedIn = (async () => {
    const db = createClient<Database>(API_URL, ANON_KEY, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: ws as unknown as RealtimeTransport },
    })
    const { error } = await db.auth.signInWithPassword({
      email: personas[persona].email,
      password: DEMO_PASSWORD,
    })
    if (error) throw error
    return db
  })()
  sessions.set(persona, signedIn)
  return signedIn
}

/** The data of a supabase-js call, or a thrown error naming the database's refusal. */
export async function rpc<T>(call: PromiseLike<{ data: T; error: unknown }>): Promise<NonNullable<T>> {
  const { data, error } = await call
  if (error) throw new Error(JSON.stringify(error))
  if (data == null) throw new Error('no data')
  return data
}
