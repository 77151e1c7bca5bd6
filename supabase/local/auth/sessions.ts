import { randomBytes, randomUUID } from 'node:crypto'
import type { AuthSettings } from '../cli-config.ts'
import type { Tx } from '../engine/types.ts'
import { issueAccessToken } from './access-token.ts'
import { AuthError } from './responses.ts'
import { findUserById, toUserJson, type UserRow } from './users.ts'
import type { JsonObject } from './request-body.ts'

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'

/** GoTrue's crypto.SecureAlphanumeric(12): 60 random bits as 12 lower-case base32 characters. */
function newRefreshToken(): string {
  const bits = randomBytes(8).readBigUInt64BE()
  return Array.from(
    { length: 12 },
    (_, index) => BASE32[Number((bits >> BigInt(59 - 5 * index)) & 31n)],
  ).join('')
}

/** GoTrue's RefreshTokenGrantParams.Validate, for the 12-character tokens it stores as rows. */
export const isWellFormedRefreshToken = (token: string) => /^[a-z0-9]{12}$/.test(token)

async function insertRefreshToken(
  tx: Tx,
  userId: string,
  sessionId: string,
  parent: string | null,
): Promise<string> {
  const token = newRefreshToken()
  await tx.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, parent, session_id, created_at, updated_at)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, false, $3, $4, now(), now())`,
    [token, userId, parent, sessionId],
  )
  return token
}

async function sessionJson(
  tx: Tx,
  user: UserRow,
  sessionId: string,
  refreshToken: string,
  signedInAt: number,
  method?: string,
): Promise<JsonObject> {
  const { token, expiresAt } = issueAccessToken(user, sessionId, signedInAt, method)
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: expiresAt - Math.floor(Date.now() / 1000),
    expires_at: expiresAt,
    refresh_token: refreshToken,
    user: await toUserJson(tx, user),
  }
}

/** Opens a new session for a user who just proved who they are (by `method`), and records the sign-in. */
export async function startSession(tx: Tx, userId: string, method = 'password'): Promise<JsonObject> {
  await tx.query(`update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1`, [userId])
  const user = (await findUserById(tx, userId))!
  const sessionId = randomUUID()
  await tx.query(
    `insert into auth.sessions (id, user_id, created_at, updated_at) values ($1, $2, now(), now())`,
    [sessionId, userId],
  )
  const refreshToken = await insertRefreshToken(tx, userId, sessionId, null)
  return sessionJson(tx, user, sessionId, refreshToken, Math.floor(Date.now() / 1000), method)
}

interface RefreshTokenRow {
  id: string
  user_id: string
  revoked: boolean
  session_id: string | null
  session_exists: boolean
  session_expired: boolean
  signed_in_at: number
  past_reuse_interval: boolean
}

export type RefreshOutcome = { ok: true; session: JsonObject } | { ok: false; error: AuthError }

const refused = (code: string, reason: string): RefreshOutcome => ({
  ok: false,
  error: new AuthError(400, code, `Invalid Refresh Token: ${reason}`),
})

/**
 * Exchanges a refresh token as GoTrue's refresh_token grant does (internal/tokens/service.go,
 * RefreshTokenGrant, with its row-stored tokens): a spent token whose child is the session's active
 * token gets that same child back (two tabs refreshing at once); another spent token is exchanged
 * within `refresh_token_reuse_interval` of being spent and after it revokes every token of the
 * session. The outcome is returned rather than thrown so that the revocation commits.
 */
export async function rotateRefreshToken(
  tx: Tx,
  token: string,
  settings: AuthSettings,
): Promise<RefreshOutcome> {
  const { rows } = await tx.query<RefreshTokenRow>(
    `select r.id, r.user_id, coalesce(r.revoked, false) as revoked, r.session_id,
            s.id is not null as session_exists,
            coalesce(s.not_after < now(), false) as session_expired,
            extract(epoch from s.created_at)::int as signed_in_at,
            now() > r.updated_at + make_interval(secs => $2) as past_reuse_interval
     from auth.refresh_tokens r left join auth.sessions s on s.id = r.session_id
     where r.token = $1
     for update of r`,
    [token, settings.refreshTokenReuseInterval],
  )
  const row = rows[0]
  const user = row && (await findUserById(tx, row.user_id))
  if (!row || !user) return refused('refresh_token_not_found', 'Refresh Token Not Found')
  if (user.banned_until && new Date(user.banned_until) > new Date())
    return refused('user_banned', 'User Banned')
  if (!row.session_exists || !row.session_id) {
    await tx.query(`delete from auth.refresh_tokens where id = $1`, [row.id])
    return refused('session_not_found', 'No Valid Session Found')
  }
  const sessionId = row.session_id
  // GoTrue locks the session too, so two tokens of one session are never exchanged at once.
  await tx.query(`select 1 from auth.sessions where id = $1 for update`, [sessionId])
  if (row.session_expired) return refused('session_expired', 'Session Expired')
  let issued: string | undefined
  if (row.revoked) {
    const active = await activeRefreshToken(tx, sessionId)
    if (active?.parent === token) issued = active.token
    else if (row.past_reuse_interval) {
      if (settings.refreshTokenRotation) {
        await tx.query(
          `update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1 and revoked = false`,
          [sessionId],
        )
      }
      return refused('refresh_token_already_used', 'Already Used')
    }
  }
  if (!issued) {
    await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1`, [
      row.id,
    ])
    issued = await insertRefreshToken(tx, user.id, sessionId, token)
  }
  await tx.query(`update auth.sessions set refreshed_at = now(), updated_at = now() where id = $1`, [
    sessionId,
  ])
  return { ok: true, session: await sessionJson(tx, user, sessionId, issued, row.signed_in_at) }
}

/** GoTrue's Session.FindCurrentlyActiveRefreshToken: the newest token not revoked. */
async function activeRefreshToken(
  tx: Tx,
  sessionId: string,
): Promise<{ token: string; parent: string | null } | undefined> {
  const { rows } = await tx.query<{ token: string; parent: string | null }>(
    `select token, parent from auth.refresh_tokens where session_id = $1 and revoked is false order by id desc limit 1`,
    [sessionId],
  )
  return rows[0]
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
export async function endSessions(
  tx: Tx,
  userId: string,
  sessionId: string,
  scope: LogoutScope,
): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    `select id from auth.sessions where user_id = $1
       and case $3::text when 'global' then true when 'local' then id = $2::uuid else id <> $2::uuid end`,
    [userId, sessionId, scope],
  )
  const ids = rows.map((row) => row.id)
  await tx.query(`delete from auth.refresh_tokens where session_id = any($1::uuid[])`, [ids])
  await tx.query(`delete from auth.sessions where id = any($1::uuid[])`, [ids])
}
