import type { Tx } from '../../engine/types.ts'
import type { ApiRequest, ApiResponse, StackContext } from '../../http/types.ts'
import { requireServiceRole } from '../access-token.ts'
import { newOtp, referrerOf, tokenHash } from '../links.ts'
import { sendAuthEmail } from '../mail/send.ts'
import {
  normaliseEmail,
  optionalObject,
  optionalString,
  readJsonObject,
  type JsonObject,
} from '../request-body.ts'
import { AuthError, authJson } from '../responses.ts'
import { authSettings } from '../settings.ts'
import { findUserByEmail, findUserById, insertUser, toUserJson, type UserRow } from '../users.ts'

export const emailExists = () =>
  new AuthError(422, 'email_exists', 'A user with this email address has already been registered')

/** The user to invite: a new one without a password, or one invited before who never accepted. */
export async function invitableUser(tx: Tx, email: string, data: JsonObject): Promise<UserRow> {
  const existing = await findUserByEmail(tx, email)
  if (existing?.email_confirmed_at) throw emailExists()
  return (
    existing ??
    insertUser(tx, { email, passwordHash: '', userMetadata: data, appMetadata: {}, confirmed: false })
  )
}

/** Stores a fresh invitation token on the user (GoTrue's sendInvite after the mail went out). */
export async function storeInviteToken(tx: Tx, userId: string, hash: string): Promise<UserRow> {
  await tx.query(
    `update auth.users set confirmation_token = $2, confirmation_sent_at = now(), invited_at = now(), updated_at = now()
     where id = $1`,
    [userId, hash],
  )
  return (await findUserById(tx, userId))!
}

/**
 * POST /invite (service role; internal/api/invite.go): creates the user if need be and emails a
 * one-time link to GET /verify?type=invite. A confirmed user is refused with email_exists.
 */
export async function invite(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  requireServiceRole(request)
  const body = await readJsonObject(request)
  const email = normaliseEmail(optionalString(body, 'email'))
  const data = optionalObject(body, 'data') ?? {}
  const settings = authSettings()
  const redirectTo = referrerOf(request, settings)
  const user = await context.engine.transaction(async (tx) => {
    const invited = await invitableUser(tx, email, data)
    const otp = newOtp()
    const hash = tokenHash(email, otp)
    await sendAuthEmail(request, settings, { kind: 'invite', user: invited, otp, hash, redirectTo })
    return toUserJson(tx, await storeInviteToken(tx, invited.id, hash))
  })
  return authJson(200, user)
}
