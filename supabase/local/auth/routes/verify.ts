import type { AuthSettings } from '../../cli-config.ts'
import type { Tx } from '../../engine/types.ts'
import type { ApiRequest, ApiResponse, StackContext } from '../../http/types.ts'
import { referrerOf, tokenHash } from '../links.ts'
import { normaliseEmail, optionalString, readJsonObject } from '../request-body.ts'
import { API_VERSION_HEADER, AuthError, authJson, validationFailed } from '../responses.ts'
import { startSession } from '../sessions.ts'
import { authSettings } from '../settings.ts'
import { findUserByEmail, findUserById, isBanned, type UserRow } from '../users.ts'
import type { JsonObject } from '../request-body.ts'

/** The email link types the stack serves, and the token column each is checked against. */
const TOKEN_COLUMNS: Record<string, { token: string; sentAt: string }> = {
  signup: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
  invite: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
  recovery: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
  magiclink: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
}

const linkExpired = () => new AuthError(403, 'otp_expired', 'Email link is invalid or has expired')
const tokenInvalid = () => new AuthError(403, 'otp_expired', 'Token has expired or is invalid')

function columnsOf(type: string) {
  const columns = TOKEN_COLUMNS[type]
  if (!columns) throw validationFailed('Unsupported verification type')
  return columns
}

const isExpired = (sentAt: Date | string | null, settings: AuthSettings) =>
  !sentAt || Date.now() > new Date(sentAt).getTime() + settings.otpExpiry * 1000

/** GoTrue's verifyTokenHash: the user whose pending token the link carries, unexpired and not banned. */
async function userOfTokenHash(tx: Tx, type: string, hash: string, settings: AuthSettings): Promise<UserRow> {
  const { token, sentAt } = columnsOf(type)
  const { rows } = await tx.query<{ id: string }>(
    `select id from auth.users where ${token} = $1 and ${token} <> '' for update`,
    [hash],
  )
  const user = rows[0] && (await findUserById(tx, rows[0].id))
  if (!user) throw linkExpired()
  if (isBanned(user)) throw new AuthError(403, 'user_banned', 'User is banned')
  if (isExpired(sentAt === 'recovery_sent_at' ? user.recovery_sent_at : user.confirmation_sent_at, settings))
    throw linkExpired()
  return user
}

/** GoTrue's verifyUserAndToken: the 6-digit code of the email, with the address it went to. */
async function userOfEmailOtp(tx: Tx, type: string, email: string, otp: string, settings: AuthSettings) {
  const { token } = columnsOf(type)
  const user = await findUserByEmail(tx, email)
  if (!user) throw tokenInvalid()
  if (isBanned(user)) throw new AuthError(403, 'user_banned', 'User is banned')
  const expected = token === 'recovery_token' ? user.recovery_token : user.confirmation_token
  const sentAt = token === 'recovery_token' ? user.recovery_sent_at : user.confirmation_sent_at
  if (!expected || isExpired(sentAt, settings) || expected !== tokenHash(email, otp)) throw tokenInvalid()
  return user
}

/** signupVerify / recoverVerify: the token is spent, the email confirmed, and a session opened. */
async function spendToken(tx: Tx, type: string, user: UserRow): Promise<JsonObject> {
  const { token, sentAt } = columnsOf(type)
  await tx.query(
    `update auth.users set ${token} = '', ${sentAt} = null,
       email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
     where id = $1`,
    [user.id],
  )
  await tx.query(
    `update auth.identities set identity_data = identity_data || '{"email_verified": true}'::jsonb, updated_at = now()
     where user_id = $1 and provider = 'email'`,
    [user.id],
  )
  return startSession(tx, user.id, 'otp')
}

/** POST /verify (supabase-js verifyOtp): `{type, token_hash}` or `{type, email, token}` for a session. */
export async function verifyPost(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const body = await readJsonObject(request)
  const type = optionalString(body, 'type') ?? ''
  const token = optionalString(body, 'token') ?? ''
  const hash = optionalString(body, 'token_hash') ?? ''
  const email = optionalString(body, 'email') ?? ''
  if (!type) throw validationFailed('Verify requires a verification type')
  if ((!token && !hash) || (token && hash))
    throw validationFailed('Verify requires either a token or a token hash')
  if (hash && (email || optionalString(body, 'phone') || optionalString(body, 'redirect_to')))
    throw validationFailed('Only the token_hash and type should be provided')
  if (token && !email)
    throw validationFailed('Only an email address or phone number should be provided on verify')
  const address = token ? normaliseOtpEmail(email) : ''
  const settings = authSettings()
  const session = await context.engine.transaction(async (tx) => {
    const user = hash
      ? await userOfTokenHash(tx, type, hash, settings)
      : await userOfEmailOtp(tx, type, address, token, settings)
    return spendToken(tx, type, user)
  })
  return authJson(200, session)
}

function normaliseOtpEmail(email: string): string {
  try {
    return normaliseEmail(email)
  } catch {
    throw new AuthError(422, 'validation_failed', 'Invalid email format')
  }
}

/** Go's oauthErrorMap: the `error` an error redirect carries per status. */
const OAUTH_ERRORS: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized_client',
  403: 'access_denied',
  500: 'server_error',
  503: 'temporarily_unavailable',
}

const seeOther = (location: string): ApiResponse => ({
  status: 303,
  headers: { ...API_VERSION_HEADER, location },
  body: null,
})

/** Go's url.Values.Encode: keys sorted, values query-escaped. */
const encodeSorted = (values: Record<string, string>) =>
  new URLSearchParams(Object.entries(values).toSorted(([a], [b]) => a.localeCompare(b))).toString()

/**
 * GET /verify?token&type&redirect_to, the link in the email (verifyGet, implicit flow): 303 to
 * redirect_to with the session in the fragment, or with error, error_code and error_description.
 */
export async function verifyGet(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const type = request.url.searchParams.get('type') ?? ''
  const hash = request.url.searchParams.get('token') ?? ''
  if (!type) throw validationFailed('Verify requires a verification type')
  if (!hash) throw validationFailed('Verify requires a token or a token hash')
  const settings = authSettings()
  const redirectTo = referrerOf(request, settings)
  try {
    const session = await context.engine.transaction(async (tx) =>
      spendToken(tx, type, await userOfTokenHash(tx, type, hash, settings)),
    )
    const fragment = encodeSorted({
      access_token: String(session.access_token),
      expires_at: String(session.expires_at),
      expires_in: String(session.expires_in),
      refresh_token: String(session.refresh_token),
      sb: '',
      token_type: 'bearer',
      type,
    })
    return seeOther(`${redirectTo}#${fragment}`)
  } catch (error) {
    if (!(error instanceof AuthError)) throw error
    const target = new URL(redirectTo)
    target.hash = encodeSorted({
      ...(OAUTH_ERRORS[error.status] ? { error: OAUTH_ERRORS[error.status]! } : {}),
      error_code: error.code,
      error_description: error.message,
      sb: '',
    })
    return seeOther(target.toString())
  }
}
