import type { Tx } from './types.ts'
import type { RequestRole } from '../http/request-role.ts'

export interface RequestInfo {
  method: string
  path: string
  headers: Record<string, string>
}

/**
 * Switches the open transaction to the API role and claims, transaction-locally, in the order
 * PostgREST uses, so that RLS policies and auth.uid() see exactly what they see on Supabase.
 */
export async function enterApiRole(tx: Tx, who: RequestRole, request?: RequestInfo): Promise<void> {
  await tx.query(
    `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
            set_config('request.method', $3, true), set_config('request.path', $4, true),
            set_config('request.headers', $5, true)`,
    [
      who.role,
      JSON.stringify(who.claims),
      request?.method ?? '',
      request?.path ?? '',
      JSON.stringify(request?.headers ?? {}),
    ],
  )
}
