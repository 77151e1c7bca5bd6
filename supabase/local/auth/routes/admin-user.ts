import type { Tx } from '../../engine/types.ts'
import type { ApiRequest, ApiResponse, StackContext } from '../../http/types.ts'
import { isUuid, requireServiceRole } from '../access-token.ts'
import { newOtp, referrerOf, tokenHash } from '../links.ts'
import { verificationLink } from '../links.ts'
import { checkPasswordStrength, hashPassword } from '../password.ts'
import {
  isJsonObject,
  normaliseEmail,
  optionalObject,
  optionalString,
  readJsonObject,
  type JsonObject,
} from '../request-body.ts'
import { AuthError, authJson, validationFailed } from '../responses.ts'
import { authSettings } from '../settings.ts'
import { findUserByEmail, findUserById, toUserJson, type UserRow } from '../users.ts'
import { emailExists, invitableUser, storeInviteToken } from './invite.ts'

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 3.6e6 }

/** Go's time.ParseDuration ("24h", "1h30m", "876000h"), in milliseconds; "none" lifts a ban. */
export function parseBanDuration(text: string): number {
  if (text === 'none') return 0
  const parts = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.test(text)
    ? [...text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)]
    : text === '0'
      ? []
      : null
  if (!parts) throw validationFailed(`invalid format for ban duration: time: invalid duration "${text}"`)
  const total = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNITS[unit!]!, 0)
  return text.startsWith('-') ? -total : total
}

async function loadUser(tx: Tx, userId: string): Promise<UserRow> {
  if (!isUuid(userId)) throw new AuthError(404, 'validation_failed', 'user_id must be an UUID')
  const user = await findUserById(tx, userId)
  if (!user) throw new AuthError(404, 'user_not_found', 'User not found')
  return user
}

/** GET /admin/users/<id>. */
export async function getUserById(
  request: ApiRequest,
  context: StackContext,
  userId: string,
): Promise<ApiResponse> {
  requireServiceRole(request)
  const user = await context.engine.transaction(async (tx) => toUserJson(tx, await loadUser(tx, userId)), {
    readOnly: true,
  })
  return authJson(200, user)
}

/**
 * PUT /admin/users/<id> (adminUserUpdate): email, password, email_confirm, metadata, role and
 * ban_duration. A ban stops sign-in, refresh and /user until it ends (User.Ban, User.IsBanned).
 */
export async function updateUserById(
  request: ApiRequest,
  context: StackContext,
  userId: string,
): Promise<ApiResponse> {
  requireServiceRole(request)
  const body = await readJsonObject(request)
  const rawEmail = optionalString(body, 'email')
  const email = rawEmail ? normaliseEmail(rawEmail) : null
  const password = optionalString(body, 'password')
  if (password !== undefined) checkPasswordStrength(password)
  const passwordHash = password === undefined ? null : await hashPassword(password)
  const banDuration = optionalString(body, 'ban_duration')
  const banMs = banDuration ? parseBanDuration(banDuration) : null
  const userMetadata = optionalObject(body, 'user_metadata')
  const appMetadata = optionalObject(body, 'app_metadata')
  const role = optionalString(body, 'role')
  const user = await context.engine.transaction(async (tx) => {
    const current = await loadUser(tx, userId)
    if (email && email !== current.email && (await findUserByEmail(tx, email))) throw emailExists()
    await tx.query(
      `update auth.users set
         email = coalesce($2, email),
         encrypted_password = coalesce($3, encrypted_password),
         email_confirmed_at = case when $4::boolean then coalesce(email_confirmed_at, now()) else email_confirmed_at end,
         raw_user_meta_data = case when $5::jsonb is null then raw_user_meta_data
           else jsonb_strip_nulls(coalesce(raw_user_meta_data, '{}'::jsonb) || $5::jsonb) end,
         raw_app_meta_data = case when $6::jsonb is null then raw_app_meta_data
           else jsonb_strip_nulls(coalesce(raw_app_meta_data, '{}'::jsonb) || $6::jsonb) end,
         role = coalesce($7, role),
         banned_until = case when $8::double precision is null then banned_until
           when $8 = 0 then null else now() + make_interval(secs => $8 / 1000) end,
         updated_at = now()
       where id = $1`,
      [
        userId,
        email,
        passwordHash,
        body.email_confirm === true,
        userMetadata ? JSON.stringify(userMetadata) : null,
        appMetadata ? JSON.stringify(appMetadata) : null,
        role ?? null,
        banMs,
      ],
    )
    if (passwordHash) await tx.query(`delete from auth.sessions where user_id = $1`, [userId])
    return toUserJson(tx, (await findUserById(tx, current.id))!)
  })
  return authJson(200, user)
}

const LINK_TYPES = new Set(['invite', 'recovery'])

/**
 * POST /admin/generate_link (adminGenerateLink) for `invite` and `recovery`: the link and code an
 * email would carry, returned instead of sent, beside the user's fields.
 */
export async function generateLink(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  requireServiceRole(request)
  const body = await readJsonObject(request)
  const type = optionalString(body, 'type') ?? ''
  const email = normaliseEmail(optionalString(body, 'email'))
  if (!LINK_TYPES.has(type)) throw validationFailed(`Invalid email action link type requested: ${type}`)
  const data: JsonObject = isJsonObject(body.data) ? body.data : {}
  const settings = authSettings()
  const redirectTo = referrerOf(request, settings, optionalString(body, 'redirect_to'))
  const otp = newOtp()
  const hash = tokenHash(email, otp)
  const user = await context.engine.transaction(async (tx) => {
    if (type === 'invite')
      return toUserJson(tx, await storeInviteToken(tx, (await invitableUser(tx, email, data)).id, hash))
    const found = await findUserByEmail(tx, email)
    if (!found) throw new AuthError(404, 'user_not_found', 'User with this email not found')
    await tx.query(`update auth.users set recovery_token = $2, recovery_sent_at = now() where id = $1`, [
      found.id,
      hash,
    ])
    return toUserJson(tx, (await findUserById(tx, found.id))!)
  })
  return authJson(200, {
    ...user,
    action_link: verificationLink(request, hash, type, redirectTo),
    email_otp: otp,
    hashed_token: hash,
    verification_type: type,
    redirect_to: redirectTo,
  })
}
