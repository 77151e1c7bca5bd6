import type { SupabaseClient } from '@supabase/supabase-js'
import { DEMO_NAMES, anonClient, persona, signUpFreshUser } from '../../support/personas.ts'
import type { Row } from './world.ts'

/** Everyone the visibility table has a column for: the seven demo users, a fresh sign-up and anon. */
export interface Viewer {
  name: string
  userId: string | null
  client: SupabaseClient
  accessToken: string | null
}

export const VIEWER_NAMES = [...DEMO_NAMES, 'fresh', 'anon'] as const
export type ViewerName = (typeof VIEWER_NAMES)[number]

let fresh: Promise<Viewer> | undefined

export async function viewer(name: ViewerName): Promise<Viewer> {
  if (name === 'anon') return { name, userId: null, client: anonClient(), accessToken: null }
  if (name === 'fresh') return (fresh ??= signUpFreshUser('no-role').then((user) => ({ ...user, name })))
  const user = await persona(name)
  return { ...user, name }
}

/**
 * The rows a viewer receives. A permission error counts as "nothing" only for users without a role
 * (anon has no grants at all); for everyone else it is a failure.
 */
export async function readAs(who: Viewer, table: string, columns: string): Promise<Row[]> {
  const { data, error } = await who.client.from(table).select(columns).range(0, 99_999)
  if (error) {
    if (who.name === 'anon' && ['42501', 'PGRST301'].includes(error.code)) return []
    throw new Error(`${who.name} reading ${table}: ${error.code} ${error.message}`)
  }
  return (data ?? []) as unknown as Row[]
}

export const ids = (rows: Row[]): string[] => rows.map((row) => String(row.id)).toSorted()
