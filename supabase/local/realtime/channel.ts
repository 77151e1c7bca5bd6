import type { RequestRole } from '../http/request-role.ts'
import type { ChangeType } from './capture.ts'
import { parseRowFilter, type RowFilter } from './filters.ts'
import { isRecord } from './protocol.ts'

/** One `postgres_changes` binding of a joined channel, with the id the join reply gave it. */
export interface PostgresBinding {
  id: number
  event: ChangeType | '*'
  schema: string
  /** Undefined or '*': every published table of the schema. */
  table: string | undefined
  filter: RowFilter | null
  /** The binding exactly as the client sent it: the join reply echoes it with the id added. */
  requested: Record<string, unknown>
}

/** A topic a socket has joined, as the change delivery and broadcasts see it. */
export interface JoinedChannel {
  topic: string
  joinRef: string | null
  /** Role and claims of the channel's access token (else the socket's apikey). */
  who: RequestRole
  bindings: PostgresBinding[]
  broadcast: { self: boolean; ack: boolean }
  push(event: string, payload: Record<string, unknown>): void
  /** Ends the channel with a system message, as Supabase does when its token expires. */
  expire(message: string): void
}

const EVENTS = new Set<string>(['INSERT', 'UPDATE', 'DELETE', '*'])
let nextBindingId = 1

export type BindingsVerdict = { ok: true; bindings: PostgresBinding[] } | { ok: false; message: string }

/** Reads `config.postgres_changes` of a phx_join; any malformed binding refuses the join. */
export function parsePostgresBindings(requestedBindings: unknown): BindingsVerdict {
  if (requestedBindings === undefined || requestedBindings === null) return { ok: true, bindings: [] }
  if (!Array.isArray(requestedBindings))
    return { ok: false, message: 'postgres_changes must be a list of bindings' }
  const bindings: PostgresBinding[] = []
  for (const requested of requestedBindings as unknown[]) {
    if (!isRecord(requested)) return { ok: false, message: 'a postgres_changes binding must be an object' }
    const { event, schema, table, filter } = requested
    if (typeof event !== 'string' || !EVENTS.has(event.toUpperCase())) {
      return { ok: false, message: `postgres_changes event must be INSERT, UPDATE, DELETE or *` }
    }
    if (typeof schema !== 'string' || schema === '')
      return { ok: false, message: 'postgres_changes needs a schema' }
    if (table !== undefined && typeof table !== 'string')
      return { ok: false, message: 'postgres_changes table must be text' }
    if (filter !== undefined && typeof filter !== 'string')
      return { ok: false, message: 'postgres_changes filter must be text' }
    const parsed = parseRowFilter(filter)
    if (!parsed.ok) return { ok: false, message: parsed.message }
    bindings.push({
      id: nextBindingId++,
      event: event.toUpperCase() as PostgresBinding['event'],
      schema,
      table,
      filter: parsed.filter,
      requested,
    })
  }
  return { ok: true, bindings }
}

export function bindingWatches(
  binding: PostgresBinding,
  schema: string,
  table: string,
  type: ChangeType,
): boolean {
  if (binding.event !== '*' && binding.event !== type) return false
  if (binding.schema !== '*' && binding.schema !== schema) return false
  return binding.table === undefined || binding.table === '*' || binding.table === table
}

/** Subscribers with identical role and claims see the same rows: one re-read serves them all. */
export const subscriberKey = (who: RequestRole): string => JSON.stringify([who.role, who.claims])

export const tokenExpired = (who: RequestRole, nowSeconds = Date.now() / 1000): boolean =>
  typeof who.claims.exp === 'number' && who.claims.exp <= nowSeconds
