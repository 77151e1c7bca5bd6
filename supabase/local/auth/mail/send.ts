import type { AuthSettings } from '../../cli-config.ts'
import type { ApiRequest } from '../../http/types.ts'
import { verificationLink } from '../links.ts'
import { AuthError } from '../responses.ts'
import type { UserRow } from '../users.ts'
import { sendMail, smtpSettingsFrom } from './smtp.ts'
import { composeEmail, type EmailKind } from './templates.ts'

export interface AuthEmail {
  kind: EmailKind
  user: UserRow
  otp: string
  hash: string
  redirectTo: string
}

const FAILURE: Record<EmailKind, string> = {
  invite: 'Error sending invite email',
  recovery: 'Error sending recovery email',
  email_change: 'Error sending email change email',
}

/** GoTrue's sendEmail: the template filled in and sent; a failed send fails the request (500). */
export async function sendAuthEmail(
  request: ApiRequest,
  settings: AuthSettings,
  email: AuthEmail,
): Promise<void> {
  const address = email.user.email ?? ''
  const { subject, html } = composeEmail(email.kind, settings.emailTemplates, {
    SiteURL: settings.siteUrl,
    ConfirmationURL: verificationLink(request, email.hash, email.kind, email.redirectTo),
    Email: address,
    Token: email.otp,
    TokenHash: email.hash,
    RedirectTo: email.redirectTo,
    Data: email.user.raw_user_meta_data ?? {},
  })
  try {
    await sendMail(smtpSettingsFrom(settings.smtp), { to: address, subject, html })
  } catch (error) {
    throw new AuthError(500, 'unexpected_failure', FAILURE[email.kind], {
      details: error instanceof Error ? error.message : String(error),
    })
  }
}
