// POST { max_rows?, lease_seconds? } with the service key -> { sent, failed, already_sent }: emails
// the due notifications of the outbox. Each is claimed with a lease in the database, sent over
// SMTP with a fixed Message-ID, then marked sent; a refused send is retried with backoff. A claim
// that ran out without an outcome (the sender died mid-send) is "in doubt": before sending it
// again, the mail catcher is asked whether that Message-ID already arrived, so a SIGKILL neither
// loses nor duplicates an email. Hosted: pg_cron calls this function every minute (docs/database.md).
import nodemailer from 'npm:nodemailer@6'

import { callerClient } from '../_shared/clients.ts'
import { corsHeaders, databaseRefusal, json, readJsonObject, refusal } from '../_shared/http.ts'
import { composeEmail, type EmailItem, type Language } from './templates.ts'

type Claim = {
  lease_token: string
  message_token: string
  in_doubt: boolean
  email: string
  language: string
  digest: boolean
  items: EmailItem[] | null
}

type Db = ReturnType<typeof callerClient>

const env = (name: string, fallback: string) => Deno.env.get(name) || fallback

const transport = nodemailer.createTransport({
  host: env('SMTP_HOST', '127.0.0.1'),
  port: Number(env('SMTP_PORT', '54325')),
  secure: env('SMTP_SECURE', 'false') === 'true',
  ignoreTLS: env('SMTP_SECURE', 'false') !== 'true' && !Deno.env.get('SMTP_USER'),
  auth: Deno.env.get('SMTP_USER') ? { user: env('SMTP_USER', ''), pass: env('SMTP_PASS', '') } : undefined,
  connectionTimeout: 5_000,
  pool: true,
  maxConnections: 4,
})

const CONCURRENT_SENDS = 8

const messageIdOf = (token: string) => `<${token}@notifications.tams.local>`

/** Whether the mail catcher already holds this Message-ID (only asked about a send in doubt). */
async function alreadyDelivered(messageId: string): Promise<boolean> {
  const catcher = Deno.env.get('MAIL_CATCHER_URL')
  if (!catcher) return false
  const response = await fetch(`${catcher.replace(/\/$/, '')}/api/email`)
  if (!response.ok) throw new Error(`mail catcher answered ${response.status}`)
  const emails = (await response.json()) as { messageId?: string; headers?: Record<string, string> }[]
  return emails.some(
    (email) => email.messageId === messageId.slice(1, -1) || email.headers?.['message-id'] === messageId,
  )
}

/** Sends one claimed email (unless a send in doubt already arrived); a refusal schedules the retry. */
async function deliver(db: Db, claim: Claim, appUrl: string): Promise<'sent' | 'already_sent' | 'failed'> {
  const items = claim.items ?? []
  const messageId = messageIdOf(claim.message_token)
  try {
    if (claim.in_doubt && (await alreadyDelivered(messageId))) return 'already_sent'
    const language: Language = claim.language === 'en' ? 'en' : 'vi'
    const email = composeEmail(items, { language, digest: claim.digest, appUrl })
    await transport.sendMail({
      from: {
        name: env('SMTP_SENDER_NAME', 'TAMS – SAGOS'),
        address: env('SMTP_ADMIN_EMAIL', 'no-reply@tams.test'),
      },
      to: claim.email,
      subject: email.subject,
      html: email.html,
      text: email.text,
      messageId,
      headers: { 'X-Notification-Ids': items.map((item) => item.notification_id).join(',') },
    })
    return 'sent'
  } catch (error) {
    await db.rpc('fail_notification_emails', {
      lease_token: claim.lease_token,
      error: error instanceof Error ? error.message : String(error),
    })
    return 'failed'
  }
}

Deno.serve(async (request) => {
  if (request.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders })
  if (request.method !== 'POST') return refusal(405, 'method_not_allowed', 'Send POST.')
  const body = (await readJsonObject(request)) ?? {}
  const db = callerClient(request)
  // The database refuses anyone but the service key.
  const claimed = await db.rpc('claim_notification_emails', {
    max_rows: typeof body.max_rows === 'number' ? body.max_rows : 20,
    lease_seconds: typeof body.lease_seconds === 'number' ? body.lease_seconds : 60,
  })
  if (claimed.error) return databaseRefusal(claimed.status, claimed.error)
  const appUrl = env('APP_URL', 'http://127.0.0.1:5173')
  const result = { sent: 0, failed: 0, already_sent: 0 }
  const claims = (claimed.data ?? []) as Claim[]
  // A few emails at a time over pooled SMTP connections; each is marked the moment it was accepted.
  for (let start = 0; start < claims.length; start += CONCURRENT_SENDS) {
    await Promise.all(
      claims.slice(start, start + CONCURRENT_SENDS).map(async (claim) => {
        const outcome = await deliver(db, claim, appUrl)
        result[outcome] += 1
        if (outcome === 'failed') return
        // Not marked (the database is gone): the lease runs out and the next sender finds it in doubt.
        await db.rpc('complete_notification_emails', { lease_token: claim.lease_token })
      }),
    )
  }
  return json(200, result)
})
