import type { Tx } from '../engine/types.ts'
import type { JsonObject } from './request-body.ts'

/** The engines return timestamptz columns as Date; JSON.stringify writes them as ISO strings. */
export type Timestamp = Date | string

/** The columns of auth.users the auth service reads. */
export interface UserRow {
  id: string
  aud: string | null
  role: string | null
  email: string | null
  encrypted_password: string | null
  email_confirmed_at: Timestamp | null
  confirmed_at: Timestamp | null
  phone: string | null
  last_sign_in_at: Timestamp | null
  raw_app_meta_data: JsonObject | null
  raw_user_meta_data: JsonObject | null
  created_at: Timestamp
  updated_at: Timestamp
  banned_until: Timestamp | null
  is_anonymous: boolean
  invited_at: Timestamp | null
  confirmation_token: string | null
  confirmation_sent_at: Timestamp | null
  recovery_token: string | null
  recovery_sent_at: Timestamp | null
}

interface IdentityRow {
  identity_id: string
  id: string
  user_id: string
  identity_data: JsonObject
  provider: string
  last_sign_in_at: Timestamp | null
  created_at: Timestamp
  updated_at: Timestamp
  email: string | null
}

const USER_COLUMNS = `id, aud, role, email, encrypted_password, email_confirmed_at, confirmed_at, phone, last_sign_in_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until, is_anonymous,
  invited_at, confirmation_token, confirmation_sent_at, recovery_token, recovery_sent_at`

export async function findUserById(tx: Tx, id: string): Promise<UserRow | undefined> {
  const { rows } = await tx.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users where id = $1 and deleted_at is null`,
    [id],
  )
  return rows[0]
}

export async function findUserByEmail(tx: Tx, email: string): Promise<UserRow | undefined> {
  const { rows } = await tx.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users where lower(email) = $1 and deleted_at is null and is_sso_user = false`,
    [email],
  )
  return rows[0]
}

export interface NewUser {
  email: string
  passwordHash: string
  userMetadata: JsonObject
  appMetadata: JsonObject
  confirmed: boolean
}

/** Creates the user and its email identity, as GoTrue does for an email sign-up. */
export async function insertUser(tx: Tx, user: NewUser): Promise<UserRow> {
  const appMetadata = { provider: 'email', providers: ['email'], ...user.appMetadata }
  const { rows } = await tx.query<UserRow>(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
       raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
     values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1, $2,
       case when $3::boolean then now() end, $4::jsonb, $5::jsonb, now(), now())
     returning ${USER_COLUMNS}`,
    [
      user.email,
      user.passwordHash,
      user.confirmed,
      JSON.stringify(appMetadata),
      JSON.stringify(user.userMetadata),
    ],
  )
  const created = rows[0]!
  await tx.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
     values ($1::uuid::text, $1::uuid, $2::jsonb, 'email', now(), now())`,
    [
      created.id,
      JSON.stringify({
        sub: created.id,
        email: user.email,
        email_verified: user.confirmed,
        phone_verified: false,
      }),
    ],
  )
  return created
}

/** GoTrue's User.IsBanned: banned_until lies ahead. */
export const isBanned = (user: UserRow): boolean =>
  user.banned_until !== null && new Date(user.banned_until) > new Date()

/** The user object GoTrue returns (in sessions, /user and /admin/users). */
export async function toUserJson(tx: Tx, user: UserRow): Promise<JsonObject> {
  const { rows } = await tx.query<IdentityRow>(
    `select provider_id as id, id as identity_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at, email
     from auth.identities where user_id = $1 order by created_at`,
    [user.id],
  )
  return {
    id: user.id,
    aud: user.aud ?? 'authenticated',
    role: user.role ?? 'authenticated',
    email: user.email ?? '',
    email_confirmed_at: user.email_confirmed_at ?? undefined,
    phone: user.phone ?? '',
    confirmed_at: user.confirmed_at ?? undefined,
    invited_at: user.invited_at ?? undefined,
    confirmation_sent_at: user.confirmation_sent_at ?? undefined,
    recovery_sent_at: user.recovery_sent_at ?? undefined,
    last_sign_in_at: user.last_sign_in_at ?? undefined,
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: rows,
    created_at: user.created_at,
    updated_at: user.updated_at,
    banned_until: user.banned_until ?? undefined,
    is_anonymous: user.is_anonymous,
  }
}
