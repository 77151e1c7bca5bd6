import { enterApiRole } from '../engine/api-session.ts'
import type { Tx } from '../engine/types.ts'
import { resolveRequestRole, type RequestRole } from '../http/request-role.ts'
import type { ApiRequest } from '../http/types.ts'
import { StorageError } from './errors.ts'

/** Who is asking: anon without a token; a token that fails verification is refused, never downgraded. */
export function requireCaller(request: ApiRequest): RequestRole {
  const verdict = resolveRequestRole(request.headers)
  // storage-api plugins/jwt.ts: a token that fails verification is AccessDenied with the verifier's words
  if (!verdict.ok) throw new StorageError(403, 'Unauthorized', verdict.message, 'AccessDenied')
  return verdict.value
}

/** From here on the transaction runs as the caller, so Storage RLS policies decide. */
export async function becomeCaller(tx: Tx, who: RequestRole, request: ApiRequest): Promise<void> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers[name] = value
  }
  await enterApiRole(tx, who, { method: request.method, path: request.url.pathname, headers })
}

/** owner_id of rows the caller creates: the user's id, none for anon or the service key. */
export const ownerOf = (who: RequestRole): string | null =>
  typeof who.claims.sub === 'string' ? who.claims.sub : null
