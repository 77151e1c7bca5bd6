import type { ApiRequest, ApiResponse, StackContext } from '../../http/types.ts'
import { verifyPassword } from '../password.ts'
import { normaliseEmail, optionalString, readJsonObject } from '../request-body.ts'
import { AuthError, authJson, invalidCredentials, validationFailed } from '../responses.ts'
import { isWellFormedRefreshToken, rotateRefreshToken, startSession } from '../sessions.ts'
import { authSettings } from '../settings.ts'
import { findUserByEmail } from '../users.ts'

export async function issueToken(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const grantType = request.url.searchParams.get('grant_type')
  const body = await readJsonObject(request)
  if (grantType === 'password') return signInWithPassword(body, context)
  if (grantType === 'refresh_token') return refresh(optionalString(body, 'refresh_token'), context)
  throw new AuthError(400, 'unsupported_grant_type', 'unsupported_grant_type')
}

async function signInWithPassword(
  body: Record<string, unknown>,
  context: StackContext,
): Promise<ApiResponse> {
  const password = optionalString(body, 'password') ?? ''
  let email: string
  try {
    email = normaliseEmail(optionalString(body, 'email'))
  } catch {
    throw invalidCredentials()
  }
  const user = await context.engine.transaction((tx) => findUserByEmail(tx, email), { readOnly: true })
  const matches = await verifyPassword(password, user?.encrypted_password ?? null)
  if (!user || !matches) throw invalidCredentials()
  if (!user.email_confirmed_at) throw new AuthError(400, 'email_not_confirmed', 'Email not confirmed')
  if (user.banned_until && new Date(user.banned_until) > new Date())
    throw new AuthError(400, 'user_banned', 'User is banned')
  const session = await context.engine.transaction((tx) => startSession(tx, user.id))
  return authJson(200, session)
}

async function refresh(refreshToken: string | undefined, context: StackContext): Promise<ApiResponse> {
  // GoTrue's RefreshTokenGrantParams.Validate (internal/api/token_refresh.go) runs before any look-up.
  if (!refreshToken || !isWellFormedRefreshToken(refreshToken))
    throw validationFailed('Refresh token is not valid')
  const settings = authSettings()
  const outcome = await context.engine.transaction((tx) => rotateRefreshToken(tx, refreshToken, settings))
  if (!outcome.ok) throw outcome.error
  return authJson(200, outcome.session)
}
