import {
  createClient,
  type RealtimeChannel,
  type RealtimePostgresChangesPayload,
  type SupabaseClient,
  type SupabaseClientOptions,
} from '@supabase/supabase-js'
import { after } from 'node:test'
import ws from 'ws'
import { ANON_KEY, JWT_SECRET, SERVICE_ROLE_KEY } from '../../../supabase/local/config.ts'
import { signJwt } from '../../../supabase/local/http/jwt.ts'

/** The stack under test; the runner sets API_URL. */
export const API_URL = process.env.API_URL ?? 'http://127.0.0.1:54321'

/** Users of tests/fixtures/realtime-fixture.sql: each sees only the notes they own. */
export const CAM = '00000000-0000-4000-8000-0000000000c1'
export const DAO = '00000000-0000-4000-8000-0000000000c2'
export const NOTES = 'realtime_fixture_notes'

export type Note = { id: number; owner_id: string; title: string; priority: number; created_at: string }
export type NoteChange = RealtimePostgresChangesPayload<Note>
export type NoteBinding = { event: '*' | 'INSERT' | 'UPDATE' | 'DELETE'; filter?: string }

type RealtimeTransport = NonNullable<NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']>

/** An access token as Supabase Auth would issue it for the user. */
export const accessTokenFor = (userId: string, ttlSeconds = 3600): string => {
  const now = Math.floor(Date.now() / 1000)
  return signJwt(
    { sub: userId, role: 'authenticated', aud: 'authenticated', iat: now, exp: now + ttlSeconds },
    JWT_SECRET,
  )
}

/** Every client a test file opened; an open socket would keep the file's process alive after a failure. */
const openClients = new Set<SupabaseClient>()
after(() => {
  for (const client of openClients) client.realtime.disconnect()
})

export function realtimeClient(
  options: { key?: string; vsn?: '1.0.0' | '2.0.0'; heartbeatIntervalMs?: number } = {},
): SupabaseClient {
  const client = createClient(API_URL, options.key ?? ANON_KEY, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: {
      transport: ws as unknown as RealtimeTransport,
      vsn: options.vsn,
      heartbeatIntervalMs: options.heartbeatIntervalMs,
    },
  })
  openClients.add(client)
  return client
}

let service: SupabaseClient | undefined
/** Writes as the service role, so a test can move a row between owners. */
export const serviceRole = (): SupabaseClient => (service ??= realtimeClient({ key: SERVICE_ROLE_KEY }))

export interface NoteWatcher {
  channel: RealtimeChannel
  received: NoteChange[]
  /** The first change (already received or still to come) that satisfies the test. */
  next(matches: (change: NoteChange) => boolean, timeoutMs?: number): Promise<NoteChange>
}

/** Subscribes to the notes table with the given bindings and resolves once the join succeeded. */
export async function watchNotes(
  client: SupabaseClient,
  bindings: NoteBinding[],
  token?: string,
  onChange?: (change: NoteChange) => void,
): Promise<NoteWatcher> {
  if (token) await client.realtime.setAuth(token)
  const received: NoteChange[] = []
  const waiters = new Set<() => void>()
  let channel = client.channel(`notes-${Math.random().toString(36).slice(2)}`)
  for (const binding of bindings) {
    channel = channel.on<Note>(
      'postgres_changes',
      { event: binding.event as '*', schema: 'public', table: NOTES, filter: binding.filter },
      (change) => {
        received.push(change)
        onChange?.(change)
        for (const wake of waiters) wake()
      },
    )
  }
  await new Promise<void>((resolve, reject) => {
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') resolve()
      else if (status !== 'CLOSED') reject(error ?? new Error(status))
    })
  })
  const next = (matches: (change: NoteChange) => boolean, timeoutMs = 5000) =>
    new Promise<NoteChange>((resolve, reject) => {
      const check = () => {
        const found = received.find(matches)
        if (!found) return
        cleanup()
        resolve(found)
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`no matching change within ${timeoutMs} ms; received ${JSON.stringify(received)}`))
      }, timeoutMs)
      const cleanup = () => {
        clearTimeout(timer)
        waiters.delete(check)
      }
      waiters.add(check)
      check()
    })
  return { channel, received, next }
}

export async function insertNote(ownerId: string, title: string, priority = 0): Promise<Note> {
  const { data, error } = await serviceRole()
    .from(NOTES)
    .insert({ owner_id: ownerId, title, priority })
    .select()
    .single<Note>()
  if (error || !data) throw error ?? new Error('insert returned no row')
  return data
}

export async function updateNote(id: number, changes: Partial<Note>): Promise<void> {
  const { error } = await serviceRole().from(NOTES).update(changes).eq('id', id)
  if (error) throw error
}

export async function deleteNote(id: number): Promise<void> {
  const { error } = await serviceRole().from(NOTES).delete().eq('id', id)
  if (error) throw error
}

export const newRecord = (change: NoteChange): Partial<Note> => change.new as Partial<Note>
export const oldRecord = (change: NoteChange): Partial<Note> => change.old as Partial<Note>
export const uniqueTitle = (label: string): string => `${label}-${Math.random().toString(36).slice(2, 10)}`
