import type { ApiRequest, ApiResponse, StackContext } from '../../http/types.ts'
import { newOtp, referrerOf, tokenHash } from '../links.ts'
import { sendAuthEmail } from '../mail/send.ts'
import { normaliseEmail, optionalString, readJsonObject } from '../request-body.ts'
import { AuthError, authJson, validationFailed } from '../responses.ts'
import { authSettings } from '../settings.ts'
import { findUserByEmail } from '../users.ts'

/** GoTrue's validateSentWithinFrequencyLimit: one email of a kind per max_frequency. */
export function refuseWithinFrequency(sentAt: Date | string | null, seconds: number): void {
  if (!sentAt) return
  const waitMs = new Date(sentAt).getTime() + seconds * 1000 - Date.now()
  if (waitMs > 0) {
    throw new AuthError(
      429,
      'over_email_send_rate_limit',
      `For security purposes, you can only request this after ${Math.ceil(waitMs / 1000)} seconds.`,
    )
  }
}

/**
 * POST /recover (internal/api/recover.go): emails a one-time link to GET /verify?type=recovery.
 * The answer is `{}` whether or not the address has an account, so it tells nobody which do.
 */
export async function recover(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const body = await readJsonObject(request)
  const rawEmail = optionalString(body, 'email')
  if (!rawEmail) throw validationFailed('Password recovery requires an email')
  const email = normaliseEmail(rawEmail)
  if (optionalString(body, 'code_challenge')) {
    throw validationFailed('The local stack serves the implicit flow only: send no code_challenge')
  }
  const settings = authSettings()
  const redirectTo = referrerOf(request, settings)
  await context.engine.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email)
    if (!user) return
    refuseWithinFrequency(user.recovery_sent_at, settings.emailMaxFrequency)
    const otp = newOtp()
    const hash = tokenHash(email, otp)
    await sendAuthEmail(request, settings, { kind: 'recovery', user, otp, hash, redirectTo })
    await tx.query(
      `update auth.users set recovery_token = $2, recovery_sent_at = now(), updated_at = now() where id = $1`,
      [user.id, hash],
    )
  })
  return authJson(200, {})
}
