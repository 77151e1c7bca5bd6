/** The fields of Auth's and PostgREST's errors that say why (read by shape). */
type ErrorShape = { name?: unknown; code?: unknown; message?: unknown; status?: unknown }

const BY_CODE = {
  weak_password: 'errors.weakPassword',
  same_password: 'errors.samePassword',
  otp_expired: 'errors.linkExpired',
  no_link: 'errors.linkMissing',
  user_banned: 'errors.accountDeactivated',
  over_email_send_rate_limit: 'errors.tooManyRequests',
  over_request_rate_limit: 'errors.tooManyRequests',
  invitation_not_found: 'errors.invitationNotFound',
  invitation_not_yours: 'errors.invitationNotYours',
  invitation_revoked: 'errors.invitationRevoked',
  invitation_expired: 'errors.invitationExpired',
  invitation_already_accepted: 'errors.invitationAccepted',
  full_name_required: 'validation.fullNameRequired',
  invalid_phone: 'validation.phoneInvalid',
} as const

export type AccountErrorKey = (typeof BY_CODE)[keyof typeof BY_CODE] | 'errors.network' | 'errors.unknown'

/** Auth's error codes and the database's refusal codes (in `message`), as a sentence of the `account` namespace. */
export function accountErrorKey(error: unknown): AccountErrorKey {
  if (typeof error === 'string') return BY_CODE[error as keyof typeof BY_CODE] ?? 'errors.unknown'
  if (typeof error !== 'object' || error === null) return 'errors.unknown'
  const { name, code, message, status } = error as ErrorShape
  if (name === 'AuthRetryableFetchError' || error instanceof TypeError || status === 0)
    return 'errors.network'
  for (const candidate of [code, message]) {
    if (typeof candidate === 'string' && candidate in BY_CODE)
      return BY_CODE[candidate as keyof typeof BY_CODE]
  }
  return 'errors.unknown'
}
