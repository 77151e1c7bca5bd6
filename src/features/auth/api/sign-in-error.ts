type SignInErrorKey =
  | 'errors.invalidCredentials'
  | 'errors.accountDeactivated'
  | 'errors.emailNotConfirmed'
  | 'errors.tooManyRequests'
  | 'errors.network'
  | 'errors.unknown'

/** The fields of supabase-js's AuthError that matter here (read by shape, so the login page need not load supabase-js). */
type AuthErrorShape = { name?: unknown; code?: unknown; status?: unknown }

const BY_CODE: Record<string, SignInErrorKey> = {
  invalid_credentials: 'errors.invalidCredentials',
  email_not_confirmed: 'errors.emailNotConfirmed',
  user_banned: 'errors.accountDeactivated',
  over_request_rate_limit: 'errors.tooManyRequests',
}

/** Turns Supabase Auth's error codes into a sentence of the `auth` namespace. */
export function signInErrorKey(error: unknown): SignInErrorKey {
  if (typeof error !== 'object' || error === null) return 'errors.unknown'
  const { name, code, status } = error as AuthErrorShape
  if (name === 'AuthRetryableFetchError' || error instanceof TypeError || status === 0)
    return 'errors.network'
  const byCode = typeof code === 'string' ? BY_CODE[code] : undefined
  if (byCode) return byCode
  if (status === 400) return 'errors.invalidCredentials'
  if (status === 429) return 'errors.tooManyRequests'
  return typeof status === 'number' && status >= 500 ? 'errors.network' : 'errors.unknown'
}
