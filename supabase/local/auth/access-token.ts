import { JWT_SECRET } from '../config.ts'
import { signJwt, verifyJwt, type JwtClaims } from '../http/jwt.ts'
import type { ApiRequest } from '../http/types.ts'
import { AuthError } from './responses.ts'
import { authSettings } from './settings.ts'
import type { UserRow } from './users.ts'

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_SHAPE.test(value)

export const ISSUER = 'http://127.0.0.1:54321/auth/v1'

export function issueAccessToken(
  user: UserRow,
  sessionId: string,
  signedInAt: number,
  method = 'password',
): { token: string; expiresAt: number } {
  const issuedAt = Math.floor(Date.now() / 1000)
  const expiresAt = issuedAt + authSettings().jwtExpiry
  const claims: JwtClaims = {
    iss: ISSUER,
    sub: user.id,
    aud: 'authenticated',
    exp: expiresAt,
    iat: issuedAt,
    email: user.email ?? '',
    phone: user.phone ?? '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: 'authenticated',
    aal: 'aal1',
    amr: [{ method, timestamp: signedInAt }],
    session_id: sessionId,
    is_anonymous: false,
  }
  return { token: signJwt(claims, JWT_SECRET), expiresAt }
}

export const bearerToken = (request: ApiRequest): string | undefined => {
  const header = request.headers.authorization
  return typeof header === 'string' ? /^bearer\s+(.+)$/i.exec(header.trim())?.[1] : undefined
}

/** Verified claims of the Bearer token; GoTrue answers 401 without one and 403 bad_jwt for a bad one. */
export function requireClaims(request: ApiRequest): JwtClaims {
  const token = bearerToken(request)
  if (!token) throw new AuthError(401, 'no_authorization', 'This endpoint requires a Bearer token')
  const verdict = verifyJwt(token, JWT_SECRET)
  if (!verdict.ok)
    throw new AuthError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${verdict.reason}`)
  return verdict.claims
}

/** The user and session an access token names; both must still exist. */
export function requireUserClaims(request: ApiRequest): { userId: string; sessionId: string } {
  const claims = requireClaims(request)
  const { sub, session_id: sessionId } = claims
  if (claims.role !== 'authenticated' || !isUuid(sub) || !isUuid(sessionId)) {
    throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub or session_id claim')
  }
  return { userId: sub, sessionId }
}

export function requireServiceRole(request: ApiRequest): void {
  const claims = requireClaims(request)
  if (claims.role !== 'service_role' && claims.role !== 'supabase_admin') {
    throw new AuthError(403, 'not_admin', 'User not allowed')
  }
}
