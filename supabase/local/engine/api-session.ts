import type { Tx } from './types.ts'
import type { RequestRole } from '../http/request-role.ts'

export interface RequestInfo {
  method: string
  path: string
  headers: Record<string, string>
}

/**
 * The API role and claims as transaction-local settings, in the order PostgREST sets them, so
 * that RLS policies and auth.uid() see exactly what they see on Supabase. Pass them as the
 * transaction's `settings` (one round trip with BEGIN), or apply them with `enterApiRole`.
 */
export function apiRoleSettings(who: RequestRole, request?: RequestInfo): Record<string, string> {
  return {
    role: who.role,
    'request.jwt.claims': JSON.stringify(who.claims),
    'request.method': request?.method ?? '',
    'request.path': request?.path ?? '',
    'request.headers': JSON.stringify(request?.headers ?? {}),
  }
}

/** Switches the open transaction to the API role and claims (see `apiRoleSettings`). */
export async function enterApiRole(tx: Tx, who: RequestRole, request?: RequestInfo): Promise<void> {
  const settings = Object.entries(apiRoleSettings(who, request))
  const calls = settings.map((_, index) => `set_config($${2 * index + 1}, $${2 * index + 2}, true)`)
  await tx.query(`select ${calls.join(', ')}`, settings.flat(), { prepare: true })
}
