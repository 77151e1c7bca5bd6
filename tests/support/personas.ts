import { randomUUID } from 'node:crypto'
import { createClient, type SupabaseClient, type SupabaseClientOptions } from '@supabase/supabase-js'
import ws from 'ws'
import { ANON_KEY, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'

/** The stack under test; the runner sets API_URL. */
export const API_URL = process.env.API_URL ?? 'http://127.0.0.1:54321'
export const DEMO_PASSWORD = 'tams-demo-2026'

/** The demo users (docs/database.md, "Demo data"), by their first names. */
export const DEMO_EMAILS = {
  admin: 'admin@tams.test',
  manager: 'manager@tams.test',
  lan: 'lan.am@tams.test',
  minh: 'minh.am@tams.test',
  an: 'an@phuongdong.test',
  binh: 'binh@phuongdong.test',
  chi: 'chi@saobien.test',
} as const

export type DemoName = keyof typeof DEMO_EMAILS
export const DEMO_NAMES = Object.keys(DEMO_EMAILS) as DemoName[]

export interface Persona {
  name: string
  email: string
  userId: string
  accessToken: string
  client: SupabaseClient
}

// Node 20 has no WebSocket of its own; supabase-js's realtime client needs one to be constructed.
type RealtimeTransport = NonNullable<NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']>
const clientOptions: SupabaseClientOptions<'public'> = {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: ws as unknown as RealtimeTransport },
}

export const anonClient = (): SupabaseClient => createClient(API_URL, ANON_KEY, clientOptions)

let service: SupabaseClient | undefined
/** The service role: sees everything, the reference every persona's view is compared with. */
export const serviceRole = (): SupabaseClient =>
  (service ??= createClient(API_URL, SERVICE_ROLE_KEY, clientOptions))

const signedIn = new Map<DemoName, Promise<Persona>>()

/** A demo persona signed in once per test file and reused. */
export function persona(name: DemoName): Promise<Persona> {
  let pending = signedIn.get(name)
  if (!pending) {
    pending = signIn(name, DEMO_EMAILS[name])
    signedIn.set(name, pending)
  }
  return pending
}

export async function allPersonas(): Promise<Record<DemoName, Persona>> {
  const entries = await Promise.all(DEMO_NAMES.map(async (name) => [name, await persona(name)] as const))
  return Object.fromEntries(entries) as Record<DemoName, Persona>
}

async function signIn(name: string, email: string): Promise<Persona> {
  const client = anonClient()
  const { data, error } = await client.auth.signInWithPassword({ email, password: DEMO_PASSWORD })
  if (error || !data.session) throw new Error(`${email} could not sign in: ${error?.message ?? 'no session'}`)
  return { name, email, userId: data.user.id, accessToken: data.session.access_token, client }
}

/**
 * A brand-new signed-in user with no staff row and no client membership. Sign-up is closed
 * (config.toml), so the account comes from the admin API, as an invitation's would.
 */
export async function signUpFreshUser(label = 'fresh'): Promise<Persona> {
  const email = `${label}-${randomUUID().slice(0, 8)}@signup.test`
  const created = await serviceRole().auth.admin.createUser({
    email,
    password: DEMO_PASSWORD,
    email_confirm: true,
  })
  if (created.error) throw new Error(`creating ${email} failed: ${created.error.message}`)
  return signIn(label, email)
}
