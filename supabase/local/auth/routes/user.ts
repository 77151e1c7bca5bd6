import type { Tx } from '../../engine/types.ts'
import type { ApiRequest, ApiResponse, StackContext } from '../../http/types.ts'
import { requireUserClaims } from '../access-token.ts'
import { checkPasswordStrength, hashPassword, verifyPassword } from '../password.ts'
import { normaliseEmail, optionalObject, optionalString, readJsonObject } from '../request-body.ts'
import { AuthError, authJson, noContent, sessionNotFound } from '../responses.ts'
import { endSessions, isSessionActive, type LogoutScope } from '../sessions.ts'
import { findUserByEmail, findUserById, isBanned, toUserJson, type UserRow } from '../users.ts'

/** The signed-in user behind the Bearer token, refused once its session has been logged out. */
async function currentUser(tx: Tx, request: ApiRequest): Promise<{ user: UserRow; sessionId: string }> {
  const { userId, sessionId } = requireUserClaims(request)
  if (!(await isSessionActive(tx, sessionId, userId))) throw sessionNotFound()
  const user = await findUserById(tx, userId)
  if (!user) throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist')
  // internal/api/auth.go requireAuthentication: a banned user's token opens nothing here.
  if (isBanned(user)) throw new AuthError(403, 'user_banned', 'User is banned')
  return { user, sessionId }
}

export async function getUser(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const user = await context.engine.transaction(
    async (tx) => toUserJson(tx, (await currentUser(tx, request)).user),
    { readOnly: true },
  )
  return authJson(200, user)
}

/**
 * Merges `data` into the user's metadata (a null value removes a key) and changes email or password.
 * A new password must differ from the old one (same_password); setting it spends every emailed
 * token and ends the user's other sessions (models.User.UpdatePassword).
 */
export async function updateUser(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const body = await readJsonObject(request)
  const password = optionalString(body, 'password')
  if (password !== undefined) checkPasswordStrength(password)
  const passwordHash = password === undefined ? null : await hashPassword(password)
  const rawEmail = optionalString(body, 'email')
  const email = rawEmail === undefined ? null : normaliseEmail(rawEmail)
  const data = optionalObject(body, 'data')
  const user = await context.engine.transaction(async (tx) => {
    const { user: current, sessionId } = await currentUser(tx, request)
    if (password !== undefined && (await verifyPassword(password, current.encrypted_password))) {
      throw new AuthError(422, 'same_password', 'New password should be different from the old password.')
    }
    if (passwordHash) await spendTokensAndOtherSessions(tx, current.id, sessionId)
    if (email && email !== current.email) {
      const holder = await findUserByEmail(tx, email)
      if (holder)
        throw new AuthError(422, 'email_exists', 'A user with this email address has already been registered')
    }
    await tx.query(
      `update auth.users set
         email = coalesce($2, email),
         encrypted_password = coalesce($3, encrypted_password),
         raw_user_meta_data = case when $4::jsonb is null then raw_user_meta_data
           else jsonb_strip_nulls(coalesce(raw_user_meta_data, '{}'::jsonb) || $4::jsonb) end,
         updated_at = now()
       where id = $1`,
      [current.id, email, passwordHash, data === undefined ? null : JSON.stringify(data)],
    )
    if (email) await updateIdentityEmail(tx, current.id, email)
    return toUserJson(tx, (await findUserById(tx, current.id))!)
  })
  return authJson(200, user)
}

async function spendTokensAndOtherSessions(tx: Tx, userId: string, sessionId: string): Promise<void> {
  await tx.query(
    `update auth.users set confirmation_token = '', confirmation_sent_at = null, recovery_token = '',
       recovery_sent_at = null, email_change_token_new = '', email_change_token_current = '', email_change_sent_at = null
     where id = $1`,
    [userId],
  )
  await endSessions(tx, userId, sessionId, 'others')
}

async function updateIdentityEmail(tx: Tx, userId: string, email: string): Promise<void> {
  await tx.query(
    `update auth.identities set identity_data = identity_data || jsonb_build_object('email', $2::text), updated_at = now()
     where user_id = $1 and provider = 'email'`,
    [userId, email],
  )
}

const LOGOUT_SCOPES = new Set<string>(['global', 'local', 'others'])

export async function logOut(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const scope = request.url.searchParams.get('scope') ?? 'global'
  if (!LOGOUT_SCOPES.has(scope)) throw new AuthError(400, 'validation_failed', 'Unsupported logout scope')
  await context.engine.transaction(async (tx) => {
    const { user, sessionId } = await currentUser(tx, request)
    await endSessions(tx, user.id, sessionId, scope as LogoutScope)
  })
  return noContent()
}
