import { createTransport, type Transporter } from 'nodemailer'
import type { SmtpSettings } from '../../cli-config.ts'

export interface OutgoingMail {
  to: string
  subject: string
  html: string
}

/**
 * STACK_SMTP_HOST and STACK_SMTP_PORT move Auth's mail elsewhere (as GOTRUE_SMTP_HOST/PORT do), so
 * that a test or a second stack talks to its own mail catcher.
 */
export function smtpSettingsFrom(settings: SmtpSettings, env: NodeJS.ProcessEnv = process.env): SmtpSettings {
  const port = env.STACK_SMTP_PORT ? Number(env.STACK_SMTP_PORT) : settings.port
  if (!Number.isInteger(port) || port <= 0) throw new Error('STACK_SMTP_PORT is a port number')
  return { ...settings, host: env.STACK_SMTP_HOST || settings.host, port }
}

let transport: { key: string; transporter: Transporter } | undefined

/** Sends over plain SMTP to the mail catcher, as GoTrue's mailer does with `supabase start`'s. */
export async function sendMail(settings: SmtpSettings, mail: OutgoingMail): Promise<void> {
  const key = `${settings.host}:${settings.port}`
  if (transport?.key !== key) {
    transport = {
      key,
      transporter: createTransport({
        host: settings.host,
        port: settings.port,
        secure: false,
        ignoreTLS: true,
        connectionTimeout: 5_000,
      }),
    }
  }
  await transport.transporter.sendMail({
    from: { name: settings.senderName, address: settings.adminEmail },
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
  })
}
