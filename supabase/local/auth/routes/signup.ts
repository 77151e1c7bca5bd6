import type { ApiRequest, ApiResponse, StackContext } from '../../http/types.ts'
import { checkPasswordStrength, hashPassword } from '../password.ts'
import { normaliseEmail, optionalObject, optionalString, readJsonObject } from '../request-body.ts'
import { AuthError, authJson, validationFailed } from '../responses.ts'
import { startSession } from '../sessions.ts'
import { findUserByEmail, insertUser } from '../users.ts'
import { authSettings } from '../settings.ts'

/** Email sign-up with autoconfirm, as `supabase start` configures it: a confirmed user and a session; refused while config.toml closes sign-up. */
export async function signUp(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  // internal/api/signup.go: GOTRUE_DISABLE_SIGNUP refuses before reading anything else.
  if (!authSettings().enableSignup)
    throw new AuthError(422, 'signup_disabled', 'Signups not allowed for this instance')
  const body = await readJsonObject(request)
  const email = normaliseEmail(optionalString(body, 'email'))
  const password = optionalString(body, 'password')
  if (!password) throw validationFailed('Signup requires a valid password')
  checkPasswordStrength(password)
  const userMetadata = optionalObject(body, 'data') ?? {}
  const passwordHash = await hashPassword(password)
  const session = await context.engine.transaction(async (tx) => {
    if (await findUserByEmail(tx, email))
      throw new AuthError(422, 'user_already_exists', 'User already registered')
    const user = await insertUser(tx, { email, passwordHash, userMetadata, appMetadata: {}, confirmed: true })
    return startSession(tx, user.id)
  })
  return authJson(200, session)
}
