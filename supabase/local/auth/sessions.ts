import { randomBytes, randomUUID } from 'node:crypto'
import { ACCESS_TOKEN_TTL_SECONDS } from '../config.ts'
import type { Tx } from '../engine/types.ts'
import { issueAccessToken } from './access-token.ts'
import { AuthError } from './responses.ts'
import { findUserById, toUserJson, type UserRow } from './users.ts'
import type { JsonObject } from './request-body.ts'

/** Opaque and unguessable; only its exact value finds the row. */
const newRefreshToken = () => randomBytes(24).toString('base64url')

async function insertRefreshToken(tx: Tx, userId: string, sessionId: string, parent: string | null): Promise<string> {
  const token = newRefreshToken()
  await tx.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, parent, session_id, created_at, updated_at)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, false, $3, $4, now(), now())`,
    [token, userId, parent, sessionId],
  )
  return token
}

async function sessionJson(tx: Tx, user: UserRow, sessionId: string, refreshToken: string, signedInAt: number): Promise<JsonObject> {
  const { token, expiresAt } = issueAccessToken(user, sessionId, signedInAt)
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    expires_at: expiresAt,
    refresh_token: refreshToken,
    user: await toUserJson(tx, user),
  }
}

/** Opens a new session for a user who just proved who they are, and records the sign-in. */
export async function startSession(tx: Tx, userId: string): Promise<JsonObject> {
  await tx.query(`update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1`, [userId])
  const user = (await findUserById(tx, userId))!
  const sessionId = randomUUID()
  await tx.query(`insert into auth.sessions (id, user_id, created_at, updated_at) values ($1, $2, now(), now())`, [sessionId, userId])
  const refreshToken = await insertRefreshToken(tx, userId, sessionId, null)
  return sessionJson(tx, user, sessionId, refreshToken, Math.floor(Date.now() / 1000))
}

interface RefreshTokenRow {
  token: string
  user_id: string
  revoked: boolean
  session_id: string | null
  session_exists: boolean
  session_ended: boolean
  signed_in_at: number
}

export type RefreshOutcome = { ok: true; session: JsonObject } | { ok: false; error: AuthError }

const notFound = () => new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found')

/**
 * Exchanges a refresh token for a new one (each is single-use). Presenting a revoked token means
 * it leaked, so the whole session is ended, as GoTrue's reuse detection does. The outcome is
 * returned rather than thrown so that the revocation commits.
 */
export async function rotateRefreshToken(tx: Tx, token: string): Promise<RefreshOutcome> {
  const { rows } = await tx.query<RefreshTokenRow>(
    `select r.token, r.user_id, coalesce(r.revoked, false) as revoked, r.session_id,
            s.id is not null as session_exists,
            coalesce(s.not_after <= now(), false) as session_ended,
            extract(epoch from s.created_at)::int as signed_in_at
     from auth.refresh_tokens r left join auth.sessions s on s.id = r.session_id
     where r.token = $1
     for update of r`,
    [token],
  )
  const row = rows[0]
  if (!row || !row.session_exists || !row.session_id) return { ok: false, error: notFound() }
  if (row.revoked || row.session_ended) {
    await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1`, [row.session_id])
    await tx.query(`update auth.sessions set not_after = least(coalesce(not_after, now()), now()) where id = $1`, [row.session_id])
    return { ok: false, error: new AuthError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used') }
  }
  const user = await findUserById(tx, row.user_id)
  if (!user) return { ok: false, error: notFound() }
  await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where token = $1`, [token])
  await tx.query(`update auth.sessions set refreshed_at = now(), updated_at = now() where id = $1`, [row.session_id])
  const next = await insertRefreshToken(tx, user.id, row.session_id, token)
  return { ok: true, session: await sessionJson(tx, user, row.session_id, next, row.signed_in_at) }
}

/** True while the session exists and has not been ended by reuse detection. */
export async function isSessionActive(tx: Tx, sessionId: string, userId: string): Promise<boolean> {
  const { rows } = await tx.query(
    `select 1 from auth.sessions where id = $1 and user_id = $2 and (not_after is null or not_after > now())`,
    [sessionId, userId],
  )
  return rows.length > 0
}

export type LogoutScope = 'global' | 'local' | 'others'

/** Deletes sessions (their refresh tokens go with them), so neither kind of token works afterwards. */
export async function endSessions(tx: Tx, userId: string, sessionId: string, scope: LogoutScope): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    `select id from auth.sessions where user_id = $1
       and case $3::text when 'global' then true when 'local' then id = $2::uuid else id <> $2::uuid end`,
    [userId, sessionId, scope],
  )
  const ids = rows.map((row) => row.id)
  await tx.query(`delete from auth.refresh_tokens where session_id = any($1::uuid[])`, [ids])
  await tx.query(`delete from auth.sessions where id = any($1::uuid[])`, [ids])
}
