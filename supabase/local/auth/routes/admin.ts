import { json, type ApiRequest, type ApiResponse, type StackContext } from '../../http/types.ts'
import { isUuid, requireServiceRole } from '../access-token.ts'
import { checkPasswordStrength, hashPassword } from '../password.ts'
import { normaliseEmail, optionalObject, optionalString, readJsonObject } from '../request-body.ts'
import { API_VERSION_HEADER, AuthError, authJson } from '../responses.ts'
import { findUserByEmail, findUserById, insertUser, toUserJson, type UserRow } from '../users.ts'

/** Creates a user without a session; `email_confirm: true` marks the email as confirmed. */
export async function createUser(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  requireServiceRole(request)
  const body = await readJsonObject(request)
  const email = normaliseEmail(optionalString(body, 'email'))
  const password = optionalString(body, 'password')
  if (password !== undefined) checkPasswordStrength(password)
  const passwordHash = password === undefined ? '' : await hashPassword(password)
  const user = await context.engine.transaction(async (tx) => {
    if (await findUserByEmail(tx, email)) {
      throw new AuthError(422, 'email_exists', 'A user with this email address has already been registered')
    }
    const created = await insertUser(tx, {
      email,
      passwordHash,
      userMetadata: optionalObject(body, 'user_metadata') ?? {},
      appMetadata: optionalObject(body, 'app_metadata') ?? {},
      confirmed: body.email_confirm === true,
    })
    return toUserJson(tx, created)
  })
  return authJson(200, user)
}

export async function listUsers(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  requireServiceRole(request)
  const page = Math.max(1, Number.parseInt(request.url.searchParams.get('page') ?? '1', 10) || 1)
  const perPage = Math.min(
    1000,
    Math.max(1, Number.parseInt(request.url.searchParams.get('per_page') ?? '50', 10) || 50),
  )
  const { users, total } = await context.engine.transaction(
    async (tx) => {
      const { rows } = await tx.query<{ id: string; total: string }>(
        `select id, count(*) over () as total from auth.users where deleted_at is null
       order by created_at, id limit $1 offset $2`,
        [perPage, (page - 1) * perPage],
      )
      const found = []
      for (const row of rows) {
        const user = await findUserById(tx, row.id)
        if (user) found.push(await toUserJson(tx, user))
      }
      return { users: found, total: Number(rows[0]?.total ?? 0) }
    },
    { readOnly: true },
  )
  return json(200, { users, aud: 'authenticated' }, { ...API_VERSION_HEADER, 'x-total-count': String(total) })
}

export async function deleteUser(
  request: ApiRequest,
  context: StackContext,
  userId: string,
): Promise<ApiResponse> {
  requireServiceRole(request)
  if (!isUuid(userId)) throw new AuthError(404, 'user_not_found', 'User not found')
  const user = await context.engine.transaction(async (tx) => {
    const found: UserRow | undefined = await findUserById(tx, userId)
    if (!found) throw new AuthError(404, 'user_not_found', 'User not found')
    const deleted = await toUserJson(tx, found)
    await tx.query(`delete from auth.users where id = $1`, [userId])
    return deleted
  })
  return authJson(200, user)
}
