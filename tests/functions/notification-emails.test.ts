import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { after, describe, test } from 'node:test'
import { createClient, type SupabaseClient, type SupabaseClientOptions } from '@supabase/supabase-js'
import ws from 'ws'
import { ANON_KEY, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { MAIL_URL } from '../support/mail.ts'
import { startTestStack, type TestStack } from '../support/stack.ts'

// The email outbox (20261201001700_conversations.sql) and the Edge Function send-notifications,
// called by the stack's scheduler: each notification is emailed at most once, by the recipient's
// preference, with the engagement code and a deep link; a SIGKILL during a burst loses and
// duplicates nothing.

const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const LANDING_PAGE = 'b0000000-0000-4000-8000-000000000001'
const APP_URL = 'http://app.test'
const stackEnv = {
  STACK_SMTP_PORT: process.env.STACK_SMTP_PORT ?? '54325',
  STACK_MAIL_URL: MAIL_URL,
  STACK_APP_URL: APP_URL,
  STACK_NOTIFY_LEASE_SECONDS: '3',
  STACK_NOTIFY_EVERY_MS: '300',
}

// Node 20 has no WebSocket of its own; supabase-js builds its realtime client eagerly.
type RealtimeTransport = NonNullable<NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']>

type Email = { subject: string; html: string; to: { address: string }[]; headers: Record<string, string> }

async function catcherEmails(): Promise<Email[]> {
  const response = await fetch(`${MAIL_URL}/api/email`)
  assert.ok(response.ok, `mail catcher at ${MAIL_URL}`)
  return (await response.json()) as Email[]
}

const idsOf = (email: Email) => (email.headers['x-notification-ids'] ?? '').split(',').filter(Boolean)

async function until<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function clients(url: string) {
  const options: SupabaseClientOptions<'public'> = {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: ws as unknown as RealtimeTransport },
  }
  const service = createClient(url, SERVICE_ROLE_KEY, options)
  const signIn = async (email: string) => {
    const client = createClient(url, ANON_KEY, options)
    const { data, error } = await client.auth.signInWithPassword({ email, password: 'tams-demo-2026' })
    if (error || !data.user) throw error ?? new Error('no user')
    return { client, userId: data.user.id }
  }
  return { service, signIn }
}

async function rpc(client: SupabaseClient, fn: string, args: Record<string, unknown> = {}) {
  const { data, error } = await client.rpc(fn, args)
  if (error) throw new Error(`${fn}: ${error.message}`)
  return data as Record<string, unknown>
}

/** A Phương Đông engagement in agreement, a quote sent to An. */
async function sentQuote(lan: SupabaseClient, title: string): Promise<Record<string, unknown>> {
  const created = await rpc(lan, 'create_engagement', { client_id: PHUONG_DONG, title })
  await rpc(lan, 'transition_engagement', {
    engagement_id: created.id,
    to_step: 'agreement',
    expected_version: created.version,
  })
  await rpc(lan, 'send_quote', {
    engagement_id: created.id,
    package_id: LANDING_PAGE,
    price_vnd: 15_000_000,
    scope: 'Trang giới thiệu.',
    milestones: [{ title: 'Thiết kế', responsible: 'provider' }],
  })
  return created
}

let stack: TestStack | undefined
let restartedDataDir: string | undefined
after(async () => {
  await stack?.stop()
  if (restartedDataDir) await rm(restartedDataDir, { recursive: true, force: true })
})

describe('notification emails', () => {
  test('a quote sent: An gets one email with the code and the link to the quote', async () => {
    stack = await startTestStack({ env: stackEnv })
    const { signIn, service } = clients(stack.url)
    const lan = await signIn('lan.am@tams.test')
    const engagement = await sentQuote(lan.client, 'Email báo giá')
    const { data: notification } = await service
      .from('notifications')
      .select('id')
      .eq('engagement_id', String(engagement.id))
      .eq('subject', 'decide_quote')
      .single()
    const id = String(notification?.id)
    const emails = await until(async () => {
      const found = (await catcherEmails()).filter((item) => idsOf(item).includes(id))
      return found.length > 0 ? found : undefined
    }, 'the quote email')
    // A moment more for a duplicate to show, were there one.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    assert.equal((await catcherEmails()).filter((item) => idsOf(item).includes(id)).length, 1)
    const email = emails[0]!
    assert.deepEqual(
      email.to.map((to) => to.address),
      ['an@phuongdong.test'],
    )
    assert.ok(email.subject.startsWith(`${String(engagement.code)} · Đến lượt bạn: Duyệt báo giá`))
    assert.ok(email.html.includes(`${APP_URL}/client/engagements/${String(engagement.id)}#quote`))
  })

  test('preferences: off is never queued; a daily digest groups the day in one email', async () => {
    assert.ok(stack)
    const { signIn, service } = clients(stack.url)
    const [lan, binh] = await Promise.all([signIn('lan.am@tams.test'), signIn('binh@phuongdong.test')])
    await rpc(binh.client, 'set_notification_preference', { kind: 'activity', email: 'off' })
    const quiet = await sentQuote(lan.client, 'Email tắt')
    const { data: offRows } = await service
      .from('notifications')
      .select('id')
      .eq('user_id', binh.userId)
      .eq('engagement_id', String(quiet.id))
    assert.ok(offRows && offRows.length > 0)
    const offStatus = await rpc(service, 'notification_email_status', {
      notification_ids: offRows.map((row) => row.id),
    })
    assert.deepEqual(offStatus, [])

    await rpc(binh.client, 'set_notification_preference', { kind: 'activity', email: 'daily_digest' })
    const first = await sentQuote(lan.client, 'Email tổng hợp 1')
    const second = await sentQuote(lan.client, 'Email tổng hợp 2')
    const { data: digestRows } = await service
      .from('notifications')
      .select('id')
      .eq('user_id', binh.userId)
      .in('engagement_id', [String(first.id), String(second.id)])
    const ids = (digestRows ?? []).map((row) => row.id)
    assert.ok(ids.length >= 2)
    const status = (await rpc(service, 'notification_email_status', {
      notification_ids: ids,
    })) as unknown as {
      digest: boolean
      status: string
      deliver_after: string
    }[]
    assert.ok(status.every((row) => row.digest && row.status === 'pending'))
    const morning = status[0]!.deliver_after
    assert.ok(new Date(morning) > new Date())
    // The next morning: one claim for Bình carries the day's items together.
    const claims = (await rpc(service, 'claim_notification_emails', {
      max_rows: 200,
      lease_seconds: 30,
      as_of: new Date(new Date(morning).getTime() + 1000).toISOString(),
    })) as unknown as {
      user_id: string
      digest: boolean
      lease_token: string
      items: { notification_id: string }[]
    }[]
    const binhClaims = claims.filter((claim) => claim.user_id === binh.userId && claim.digest)
    assert.equal(binhClaims.length, 1)
    const claimed = binhClaims[0]!.items.map((item) => item.notification_id)
    for (const id of ids) assert.ok(claimed.includes(id), `the digest holds ${id}`)
    for (const claim of claims)
      await rpc(service, 'complete_notification_emails', { lease_token: claim.lease_token })
    await rpc(binh.client, 'set_notification_preference', { kind: 'activity', email: 'immediately' })
  })

  test('a SIGKILL of the stack during a burst: every email arrives exactly once after the restart', async () => {
    assert.ok(stack)
    const dataDir = stack.dataDir
    const { signIn, service } = clients(stack.url)
    const [lan, an] = await Promise.all([signIn('lan.am@tams.test'), signIn('an@phuongdong.test')])
    const created = await rpc(lan.client, 'create_engagement', {
      client_id: PHUONG_DONG,
      title: 'Email dồn dập',
    })
    for (let index = 0; index < 40; index += 1) {
      await rpc(lan.client, 'post_message', { engagement_id: created.id, body: `Tin nhắn số ${index + 1}` })
    }
    const { data: burst } = await service
      .from('notifications')
      .select('id')
      .eq('engagement_id', String(created.id))
      .eq('kind', 'message')
    const ids = new Set((burst ?? []).map((row) => row.id))
    assert.ok(ids.size >= 80, `two client users x 40 messages, got ${ids.size}`)
    const deliveredOf = async () => (await catcherEmails()).flatMap(idsOf).filter((id) => ids.has(id))
    // Kill while the burst is being sent.
    await until(
      async () => ((await deliveredOf()).length > 5 ? true : undefined),
      'the burst to start',
      60_000,
    )
    await stack.kill()
    stack = await startTestStack({ env: stackEnv, dataDir })
    restartedDataDir = dataDir
    await until(
      async () => {
        const status = (await rpc(clients(stack!.url).service, 'notification_email_status', {
          notification_ids: [...ids],
        })) as unknown as { status: string }[]
        return status.length === ids.size && status.every((row) => row.status === 'sent') ? true : undefined
      },
      'every email of the burst to be sent',
      90_000,
    )
    const delivered = await deliveredOf()
    const counts = new Map<string, number>()
    for (const id of delivered) counts.set(id, (counts.get(id) ?? 0) + 1)
    assert.equal(counts.size, ids.size, 'nothing lost')
    assert.deepEqual(
      [...counts.values()].filter((count) => count !== 1),
      [],
      'nothing duplicated',
    )
    assert.ok(an.userId)
  })
})
