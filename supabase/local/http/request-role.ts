import type { IncomingHttpHeaders } from 'node:http'
import { JWT_SECRET } from '../config.ts'
import { verifyJwt, type JwtClaims } from './jwt.ts'

/** Who a request runs as: the database role and the claims Postgres sees in request.jwt.claims. */
export interface RequestRole {
  role: 'anon' | 'authenticated' | 'service_role'
  claims: JwtClaims
}

export type RoleVerdict = { ok: true; value: RequestRole } | { ok: false; message: string }

const API_ROLES = new Set(['anon', 'authenticated', 'service_role'])

/**
 * Reads the Bearer token (else the apikey header) like Supabase's gateway and PostgREST:
 * no token means anon; a token that fails verification is refused, never downgraded.
 */
export function resolveRequestRole(headers: IncomingHttpHeaders): RoleVerdict {
  const authorization = headers.authorization
  const bearer =
    typeof authorization === 'string' ? /^bearer\s+(.+)$/i.exec(authorization.trim())?.[1] : undefined
  const apikey = typeof headers.apikey === 'string' ? headers.apikey : undefined
  const token = bearer ?? apikey
  if (!token) return { ok: true, value: { role: 'anon', claims: { role: 'anon' } } }
  const verdict = verifyJwt(token, JWT_SECRET)
  if (!verdict.ok) return { ok: false, message: verdict.reason }
  const role = verdict.claims.role ?? 'anon'
  if (typeof role !== 'string' || !API_ROLES.has(role))
    return { ok: false, message: `JWT role "${String(role)}" is not allowed` }
  return { ok: true, value: { role: role as RequestRole['role'], claims: verdict.claims } }
}
