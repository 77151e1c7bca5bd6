import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import ws from 'ws'
import { ANON_KEY, SERVICE_ROLE_KEY } from '../supabase/local/config.ts'
import { startTestStack } from '../tests/support/stack.ts'
import { startMailCatcher } from './lib/mail-catcher.ts'

/**
 * `npm run bench:notify`: from a message's commit to its notification on each recipient's open
 * Realtime channel (in-app), and to its email landing in the mail catcher, with 50 client users
 * following one engagement. PGlite by default; DATABASE_URL measures a PostgreSQL server instead.
 */
const USERS = Number(process.env.USERS ?? 50)
const MESSAGES = Number(process.env.MESSAGES ?? 5)
const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const PASSWORD = 'tams-bench-2026'

type RealtimeTransport = NonNullable<NonNullable<Parameters<typeof createClient>[2]>['realtime']>['transport']
const options = {
  auth: { persistSession: false, autoRefreshToken: false },
  realtime: { transport: ws as unknown as RealtimeTransport },
}

const mail = await startMailCatcher({ web: 0, smtp: 0 })
const stack = await startTestStack({
  databaseUrl: process.env.DATABASE_URL || undefined,
  env: { STACK_SMTP_PORT: String(mail.smtpPort), STACK_MAIL_URL: mail.url, STACK_NOTIFY_EVERY_MS: '250' },
})
const service = createClient(stack.url, SERVICE_ROLE_KEY, options)

async function followerClient(
  index: number,
): Promise<{ client: SupabaseClient; userId: string; email: string }> {
  const email = `bench-${index}-${Date.now()}@phuongdong.test`
  const created = await fetch(`${stack.url}/auth/v1/admin/users`, {
    method: 'POST',
    headers: {
      apikey: SERVICE_ROLE_KEY,
      Authorization: `Bearer ${SERVICE_ROLE_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ email, password: PASSWORD, email_confirm: true }),
  })
  if (!created.ok) throw new Error(`creating ${email}: ${created.status} ${await created.text()}`)
  const { id } = (await created.json()) as { id: string }
  const member = await service
    .from('client_members')
    .insert({ client_id: PHUONG_DONG, user_id: id, role: 'member', full_name: `Bench ${index}`, email })
  if (member.error) throw member.error
  const client = createClient(stack.url, ANON_KEY, options)
  const { data, error } = await client.auth.signInWithPassword({ email, password: PASSWORD })
  if (error || !data.session) throw error ?? new Error('no session')
  await client.realtime.setAuth(data.session.access_token)
  return { client, userId: id, email }
}

const inApp: number[] = []
const emailed: number[] = []
const clients: SupabaseClient[] = []
try {
  const followers = []
  for (let index = 0; index < USERS; index++) followers.push(await followerClient(index))
  for (const follower of followers) {
    clients.push(follower.client)
    await new Promise<void>((resolve, reject) => {
      follower.client
        .channel(`bench-${follower.userId}`)
        .on(
          'postgres_changes',
          {
            event: 'INSERT',
            schema: 'public',
            table: 'notifications',
            filter: `user_id=eq.${follower.userId}`,
          },
          (change) => {
            if ((change.new as { kind?: string }).kind === 'message')
              inApp.push(Date.now() - Date.parse(change.commit_timestamp))
          },
        )
        .subscribe((status, error) => {
          if (status === 'SUBSCRIBED') resolve()
          else if (status !== 'CLOSED') reject(error ?? new Error(status))
        })
    })
  }
  const lan = createClient(stack.url, ANON_KEY, options)
  await lan.auth.signInWithPassword({ email: 'lan.am@tams.test', password: 'tams-demo-2026' })
  const { data: engagement, error } = await lan.rpc('create_engagement', {
    client_id: PHUONG_DONG,
    title: 'Bench',
  })
  if (error) throw error
  // Only the bench's messages count: what the seed or the creation queued is sent first.
  const posted = new Map<string, number>()
  for (let index = 0; index < MESSAGES; index++) {
    const { data, error: postError } = await lan.rpc('post_message', {
      engagement_id: engagement.id,
      body: `Bench ${index}`,
    })
    if (postError) throw postError
    posted.set(data.id, Date.now())
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const expected = USERS * MESSAGES
  const deadline = Date.now() + 120_000
  const seen = new Set<string>()
  while ((inApp.length < expected || seen.size < expected) && Date.now() < deadline) {
    const emails = (await (await fetch(`${mail.url}/api/email`)).json()) as {
      id: string
      time: string
      headers: Record<string, string>
      to: { address: string }[]
    }[]
    const { data: rows } = await service
      .from('notifications')
      .select('id, subject_id')
      .eq('engagement_id', engagement.id)
      .eq('kind', 'message')
    const messageOf = new Map((rows ?? []).map((row) => [row.id, String(row.subject_id)]))
    for (const email of emails) {
      // The seeded client users follow the engagement too; only the bench's 50 are measured.
      if (seen.has(email.id) || !email.to.some((to) => to.address.startsWith('bench-'))) continue
      const notificationId = (email.headers['x-notification-ids'] ?? '').split(',')[0] ?? ''
      const committed = posted.get(messageOf.get(notificationId) ?? '')
      if (committed === undefined) continue
      seen.add(email.id)
      emailed.push(Date.parse(email.time) - committed)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
} finally {
  for (const client of clients) client.realtime.disconnect()
  await stack.stop()
  await mail.stop()
}

const percentile = (values: number[], p: number) => {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'
console.log(
  `notifications (${engine}): ${USERS} users, ${MESSAGES} messages, ${USERS * MESSAGES} notifications`,
)
console.log(
  `commit to in-app: ${inApp.length} delivered, p50 ${percentile(inApp, 50)} ms, p95 ${percentile(inApp, 95)} ms`,
)
console.log(
  `commit to email in the catcher: ${emailed.length} emails, p50 ${percentile(emailed, 50)} ms, p95 ${percentile(emailed, 95)} ms`,
)
