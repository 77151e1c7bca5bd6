import type { IncomingHttpHeaders } from 'node:http'
import { JWT_SECRET } from '../config.ts'
import { verifyJwt } from '../http/jwt.ts'
import { json, type ApiResponse } from '../http/types.ts'

/**
 * The Authorization header a function receives. Supabase CLI's Kong (start.go BearerToken): the
 * caller's own header if present, else the apikey header as it is (a bare key, not `Bearer …`).
 */
export function forwardedAuthorization(headers: IncomingHttpHeaders): string | undefined {
  const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined
  const apikey = typeof headers.apikey === 'string' ? headers.apikey : undefined
  return authorization || apikey
}

const unauthorized = (msg: string): ApiResponse => json(401, { msg }, { 'content-type': 'application/json' })

/**
 * The gateway's JWT check for a function with verify_jwt (Supabase CLI functions/serve/templates/main.ts):
 * none for OPTIONS; else a `Bearer <token>` signed with the project's secret and not expired.
 * Returns the refusal, or null to let the request through.
 */
export function refuseUnverifiedCaller(
  method: string,
  authorization: string | undefined,
): ApiResponse | null {
  if (method === 'OPTIONS') return null
  if (!authorization) return unauthorized('Error: Missing authorization header')
  const [scheme, token] = authorization.split(' ')
  if (scheme !== 'Bearer') return unauthorized("Error: Auth header is not 'Bearer {token}'")
  // jose's decodeProtectedHeader, which main.ts calls first, throws this for a token without a JSON header.
  if (!token || !hasJsonHeader(token))
    return unauthorized('TypeError: Invalid Token or Protected Header formatting')
  if (!verifyJwt(token, JWT_SECRET).ok) return unauthorized('Invalid JWT')
  return null
}

function hasJsonHeader(token: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'))
    return typeof header === 'object' && header !== null && !Array.isArray(header)
  } catch {
    return false
  }
}
