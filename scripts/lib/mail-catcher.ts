import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MailDev } from 'maildev'

/** The Supabase CLI's mail catcher ports (`[inbucket] port` and `smtp_port` of config.toml). */
export const MAIL_WEB_PORT = 54324
export const MAIL_SMTP_PORT = 54325

export interface MailCatcher {
  /** Web page, and its REST API under /api (GET /api/email lists what arrived). */
  url: string
  smtpPort: number
  stop(): Promise<void>
}

const portOf = (value: string | undefined, fallback: number) =>
  value === undefined || value === '' ? fallback : Number(value)

/** MAILDEV_WEB_PORT and MAILDEV_SMTP_PORT move it (0: any free port), as they do for maildev's own CLI. */
export function mailCatcherPorts(env: NodeJS.ProcessEnv = process.env): { web: number; smtp: number } {
  return {
    web: portOf(env.MAILDEV_WEB_PORT, MAIL_WEB_PORT),
    smtp: portOf(env.MAILDEV_SMTP_PORT, MAIL_SMTP_PORT),
  }
}

/** maildev on 127.0.0.1, keeping its mail in a directory of its own that goes when it stops. */
export async function startMailCatcher(ports = mailCatcherPorts()): Promise<MailCatcher> {
  const mailDirectory = await mkdtemp(path.join(tmpdir(), 'tams-mail-'))
  const maildev = new MailDev({
    smtp: ports.smtp,
    web: ports.web,
    ip: '127.0.0.1',
    webIp: '127.0.0.1',
    mailDirectory,
    maxEmails: 1000,
    silent: true,
  })
  const servers = await maildev.start()
  const smtpPort = servers.smtp.getAddress().port
  const webPort = servers.api?.getAddress()?.port ?? ports.web
  return {
    url: `http://127.0.0.1:${webPort}`,
    smtpPort,
    async stop() {
      await maildev.stop()
      await rm(mailDirectory, { recursive: true, force: true })
    },
  }
}
