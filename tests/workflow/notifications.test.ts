import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona, serviceRole, type DemoName } from '../support/personas.ts'
import { act, call, engagementAt, move, rowsOf } from './support/journey.ts'
import type { Row } from './support/world.ts'

// Notifications (20261201001700_conversations.sql): written by the database at the commit of the
// event; each person who may take a new pending action hears it is their move, followers hear
// what happened, and an internal note never reaches a client through any channel.

async function inboxOf(name: DemoName, engagementId: string): Promise<Row[]> {
  const who = await persona(name)
  const { data, error } = await who.client
    .from('notifications')
    .select('kind, subject, engagement_id, title, body, link, read_at, user_id')
    .eq('engagement_id', engagementId)
    .order('created_at')
  assert.equal(error, null)
  return (data ?? []) as Row[]
}

const subjectsOf = (rows: Row[]): string[] =>
  rows.map((row) => `${String(row.kind)}:${String(row.subject)}`).toSorted()

async function inboxes(engagementId: string): Promise<Record<DemoName, string[]>> {
  const names: DemoName[] = ['admin', 'manager', 'lan', 'minh', 'an', 'binh', 'chi']
  const entries = await Promise.all(
    names.map(async (name) => [name, subjectsOf(await inboxOf(name, engagementId))] as const),
  )
  return Object.fromEntries(entries) as Record<DemoName, string[]>
}

/** Notifications created between two readings of the inboxes. */
function added(
  before: Record<DemoName, string[]>,
  after: Record<DemoName, string[]>,
): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const name of Object.keys(after) as DemoName[]) {
    const rest = [...after[name]]
    for (const item of before[name]) rest.splice(rest.indexOf(item), 1)
    if (rest.length > 0) result[name] = rest
  }
  return result
}

describe('notifications of workflow events', () => {
  test('a sent quote: the approver hears it is their move, the member only that it was sent', async () => {
    const draft = await engagementAt('request', 'Thông báo: báo giá')
    const id = String(draft.id)
    const lan = await persona('lan')
    await move(lan, id, 'agreement')
    const before = await inboxes(id)
    await act(lan, 'send_quote', {
      engagement_id: id,
      package_id: 'b0000000-0000-4000-8000-000000000001',
      price_vnd: 15_000_000,
      scope: 'Trang giới thiệu.',
      milestones: [{ title: 'Thiết kế', responsible: 'provider' }],
    })
    assert.deepEqual(added(before, await inboxes(id)), {
      an: ['your_move:decide_quote'],
      binh: ['activity:quote_sent'],
    })
    const [decide] = (await inboxOf('an', id)).filter((row) => row.subject === 'decide_quote')
    assert.equal(decide?.link, `/client/engagements/${id}#quote`)
    assert.match(String(decide?.title), /^TS-\d{4}-\d{4} · Đến lượt bạn: Duyệt báo giá$/)
  })

  test('the approver declines: the account manager must compose again', async () => {
    const quoted = await engagementAt('agreement', 'Thông báo: từ chối')
    const id = String(quoted.id)
    const sent = (await rowsOf('quotes', id)).find((row) => row.status === 'sent')
    const before = await inboxes(id)
    await act(await persona('an'), 'decline_quote', { quote_id: sent?.id, reason: 'Giá cao.' })
    const got = added(before, await inboxes(id))
    // One notification per person per event: the move says more than the news.
    assert.deepEqual(got.lan, ['your_move:send_quote'])
    assert.deepEqual(got.binh, ['activity:quote_declined'])
    assert.equal(got.an, undefined, 'the actor is not told of their own act')
  })

  test('a submitted payment proof: the account manager confirms it', async () => {
    const id = String((await engagementAt('agreement', 'Thông báo: thanh toán')).id)
    await move(await persona('an'), id, 'payment')
    const [deposit] = (await rowsOf('payments', id)).filter((row) => row.status === 'due')
    const before = await inboxes(id)
    await act(await persona('binh'), 'submit_payment_proof', { payment_id: deposit?.id, note: 'Đã chuyển.' })
    const got = added(before, await inboxes(id))
    assert.deepEqual(got.lan, ['your_move:confirm_payment'])
    assert.deepEqual(got.an, ['activity:payment_submitted'])
    assert.equal(got.binh, undefined)
    assert.equal(got.manager, undefined)
  })

  test('a warranty claim: managers triage it; the assignee resolves it', async () => {
    const id = String((await engagementAt('warranty', 'Thông báo: bảo hành')).id)
    const before = await inboxes(id)
    const claim = await act(await persona('binh'), 'open_warranty_claim', {
      engagement_id: id,
      title: 'Lỗi form liên hệ',
      description: 'Form không gửi được.',
    })
    const got = added(before, await inboxes(id))
    assert.deepEqual(got.manager, ['your_move:triage_claim'])
    assert.deepEqual(got.admin, ['your_move:triage_claim'])
    assert.ok(got.lan?.includes('activity:warranty_claim_opened'))
    assert.equal(got.minh, undefined)
    assert.equal(got.chi, undefined)
    assert.ok(claim.id)
  })

  test('reassignment tells the previous account manager, whose rows are gone', async () => {
    const id = String((await engagementAt('request', 'Thông báo: chuyển giao')).id)
    const [manager, minh] = await Promise.all([persona('manager'), persona('minh')])
    await act(manager, 'assign_account_manager', { engagement_id: id, account_manager_id: minh.userId })
    const lanInbox = await inboxOf('lan', id)
    assert.ok(lanInbox.some((row) => row.kind === 'reassigned' && row.subject === 'reassigned_away'))
    assert.ok(subjectsOf(await inboxOf('minh', id)).includes('your_move:review_request'))
  })
})

describe('reading and marking', () => {
  test('a person reads and marks only their own notifications', async () => {
    const id = String((await engagementAt('agreement', 'Thông báo: đánh dấu')).id)
    const [an, lan] = await Promise.all([persona('an'), persona('lan')])
    const { data: mine } = await an.client.from('notifications').select('id, user_id').eq('engagement_id', id)
    assert.ok(mine && mine.length > 0)
    assert.ok(mine.every((row) => row.user_id === an.userId))
    const { data: theirs } = await lan.client
      .from('notifications')
      .select('id')
      .in(
        'id',
        mine.map((row) => row.id),
      )
    assert.deepEqual(theirs, [])

    await act(lan, 'mark_notification_read', { notification_id: mine[0]?.id })
    const { data: untouched } = await serviceRole()
      .from('notifications')
      .select('read_at')
      .eq('id', String(mine[0]?.id))
      .single()
    assert.equal(untouched?.read_at, null)

    const marked = await act(an, 'mark_all_notifications_read', {})
    assert.ok(Array.isArray(marked) && marked.length >= mine.length)
    const { count } = await an.client
      .from('notifications')
      .select('id', { count: 'exact', head: true })
      .is('read_at', null)
    assert.equal(count, 0)
    const direct = await an.client
      .from('notifications')
      .update({ read_at: null })
      .eq('user_id', an.userId)
      .select()
    assert.ok(direct.error || (direct.data ?? []).length === 0)
  })

  test("a preference is the caller's own and refuses unknown kinds", async () => {
    const binh = await persona('binh')
    assert.equal(
      (await call(binh, 'set_notification_preference', { kind: 'nope', email: 'off' })).code,
      'invalid_notification_preference',
    )
    await act(binh, 'set_notification_preference', { kind: 'activity', email: 'daily_digest' })
    const { data } = await binh.client.from('notification_preferences').select('user_id, kind, email')
    assert.deepEqual(data, [{ user_id: binh.userId, kind: 'activity', email: 'daily_digest' }])
    await act(binh, 'set_notification_preference', { kind: 'activity', email: 'immediately' })
  })

  test('the language setting words new notifications in English', async () => {
    const an = await persona('an')
    await act(an, 'set_notification_language', { language: 'en' })
    try {
      const id = String((await engagementAt('agreement', 'Notification language')).id)
      const [decide] = (await inboxOf('an', id)).filter((row) => row.subject === 'decide_quote')
      assert.match(String(decide?.title), / · Your move: Decide on the quote$/)
    } finally {
      await act(an, 'set_notification_language', { language: 'vi' })
    }
  })
})

/** The day in Vietnam (UTC+7) `offsetDays` from today, as YYYY-MM-DD. */
const vietnamDay = (offsetDays: number) =>
  new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)

describe('reminders (send_reminders, the schedule)', () => {
  test('a payment due in 2 days and one overdue: the client is reminded once, the AM of the overdue one', async () => {
    const id = String((await engagementAt('request', 'Nhắc việc: thanh toán')).id)
    const [lan, an] = await Promise.all([persona('lan'), persona('an')])
    await move(lan, id, 'agreement')
    await act(lan, 'send_quote', {
      engagement_id: id,
      package_id: 'b0000000-0000-4000-8000-000000000001',
      price_vnd: 15_000_000,
      scope: 'Trang giới thiệu.',
      milestones: [{ title: 'Thiết kế', responsible: 'provider' }],
      payment_schedule: [
        { label: 'Đợt 1', amount_vnd: 5_000_000, due_before_start: false, due_date: vietnamDay(2) },
        { label: 'Đợt 2', amount_vnd: 10_000_000, due_before_start: false, due_date: vietnamDay(5) },
      ],
    })
    await move(an, id, 'payment')
    // A quote names no day in the past: the second instalment's day passes (yesterday).
    const passed = await serviceRole()
      .from('payments')
      .update({ due_on: vietnamDay(-1) })
      .eq('engagement_id', id)
      .eq('label', 'Đợt 2')
      .select('id')
    assert.equal(passed.data?.length, 1)
    // The schedule stores whose move it is once the day has come, with the reminders.
    assert.equal((await serviceRole().rpc('refresh_dated_whose_moves')).error, null)
    const before = await inboxes(id)
    assert.equal(assertRefusedForUsers((await call(an, 'send_reminders', {})).code), true)
    const { error } = await serviceRole().rpc('send_reminders')
    assert.equal(error, null)
    const got = added(before, await inboxes(id))
    assert.deepEqual(got.an, ['reminder:payment_due_soon', 'reminder:payment_overdue'])
    assert.deepEqual(got.binh, ['reminder:payment_due_soon', 'reminder:payment_overdue'])
    assert.deepEqual(got.lan, ['reminder:payment_overdue'])
    assert.equal(got.manager, undefined)
    const [overdue] = (await inboxOf('an', id)).filter((row) => row.subject === 'payment_overdue')
    assert.equal(overdue?.link, `/client/engagements/${id}#payments`)

    // The schedule runs again: nobody is reminded twice.
    const again = await inboxes(id)
    await serviceRole().rpc('send_reminders')
    assert.deepEqual(added(again, await inboxes(id)), {})
  })

  test('breached claims go to managers, never to the client', async () => {
    const { error } = await serviceRole().rpc('send_reminders')
    assert.equal(error, null)
    const { data: breached } = await serviceRole()
      .from('notifications')
      .select('user_id, subject')
      .in('subject', ['claim_breached', 'claim_at_risk'])
    const { data: clientUsers } = await serviceRole().from('client_members').select('user_id')
    const clientIds = new Set((clientUsers ?? []).map((row) => row.user_id))
    assert.ok((breached ?? []).every((row) => !clientIds.has(row.user_id)))
  })
})

/** Only the service key (or pg_cron) runs the schedule: an ordinary user is refused by privileges. */
function assertRefusedForUsers(code: string | null): boolean {
  return code === '42501' || code === 'PGRST202'
}
