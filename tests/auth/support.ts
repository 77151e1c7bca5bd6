import { randomUUID } from 'node:crypto'
import { createClient, type SupabaseClient, type SupabaseClientOptions } from '@supabase/supabase-js'
import ws from 'ws'
import { ANON_KEY, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'

/** The stack under test; the runner sets API_URL. */
export const API_URL = process.env.API_URL ?? 'http://127.0.0.1:54321'
export const PASSWORD = 'correct-horse-battery'

// Node 20 has no WebSocket of its own; supabase-js's realtime client needs one to be constructed.
type RealtimeTransport = NonNullable<NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']>
const clientOptions: SupabaseClientOptions<'public'> = {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: ws as unknown as RealtimeTransport },
}

/** A client of another stack than the runner's (one a test starts with settings of its own). */
export const clientAt = (url: string, key = ANON_KEY): SupabaseClient => createClient(url, key, clientOptions)
export const anonClient = (): SupabaseClient => clientAt(API_URL)
export const serviceClient = (): SupabaseClient => createClient(API_URL, SERVICE_ROLE_KEY, clientOptions)

/** A unique address per call, so the suite can run again and again against one stack. */
export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@auth.test`

/** A confirmed user made with the admin API (sign-up is closed), with `PASSWORD`. */
export async function createConfirmedUser(label: string): Promise<{ userId: string; email: string }> {
  const email = uniqueEmail(label)
  const { data, error } = await serviceClient().auth.admin.createUser({
    email,
    password: PASSWORD,
    email_confirm: true,
  })
  if (error) throw error
  return { userId: data.user.id, email }
}

/** A fresh user signed in through their own client. */
export async function signedUpClient(
  label: string,
): Promise<{ client: SupabaseClient; userId: string; email: string }> {
  const client = anonClient()
  const { email } = await createConfirmedUser(label)
  const { data, error } = await client.auth.signInWithPassword({ email, password: PASSWORD })
  if (error || !data.user || !data.session) throw error ?? new Error('sign-in gave no session')
  return { client, userId: data.user.id, email }
}

/** Raw HTTP, for what supabase-js hides (status codes, headers, exact bodies). */
export async function authFetch(
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(`${API_URL}/auth/v1${path}`, {
    ...init,
    headers: {
      apikey: ANON_KEY,
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  }
}

export const decodeJwtPayload = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
