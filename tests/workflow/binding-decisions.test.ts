import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createClient, type SupabaseClientOptions } from '@supabase/supabase-js'
import ws from 'ws'
import { ANON_KEY } from '../../supabase/local/config.ts'
import {
  API_URL,
  DEMO_EMAILS,
  DEMO_PASSWORD,
  persona,
  type DemoName,
  type Persona,
} from '../support/personas.ts'
import {
  LANDING_PAGE,
  act,
  call,
  engagement,
  engagementAt,
  footprint,
  move,
  rowsOf,
  transitionArgs,
} from './support/journey.ts'
import type { Row } from './support/world.ts'

// A binding decision records who took it, when and from which browser; the provider may withdraw
// or revise its terms until the client decides, and a decision on withdrawn terms changes nothing.
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) TAMS-test/1.0'
type RealtimeTransport = NonNullable<NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']>

/** A persona whose requests carry a browser's User-Agent and, optionally, a proxy's X-Forwarded-For. */
async function browserOf(name: DemoName, forwardedFor?: string): Promise<Persona> {
  const headers: Record<string, string> = { 'user-agent': BROWSER }
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor
  const client = createClient(API_URL, ANON_KEY, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { headers },
    realtime: { transport: ws as unknown as RealtimeTransport },
  })
  const { data, error } = await client.auth.signInWithPassword({
    email: DEMO_EMAILS[name],
    password: DEMO_PASSWORD,
  })
  assert.equal(error, null)
  return { name, email: DEMO_EMAILS[name], userId: data.user!.id, accessToken: '', client }
}

const quoteArgs = (id: string, extra: Record<string, unknown> = {}) => ({
  engagement_id: id,
  package_id: LANDING_PAGE.id,
  price_vnd: LANDING_PAGE.priceVnd,
  scope: 'Trang giới thiệu sản phẩm.',
  milestones: [{ title: 'Thiết kế giao diện', responsible: 'provider' }],
  ...extra,
})

const sentQuote = async (id: string) => (await rowsOf('quotes', id)).find((row) => row.status === 'sent')!

async function snapshot(id: string): Promise<Row> {
  return {
    ...(await footprint(id)),
    quotes: await rowsOf('quotes', id),
    payments: await rowsOf('payments', id),
    changes: await rowsOf('change_requests', id),
  }
}

async function changeRequestQuoted(): Promise<{ id: string; changeRequest: Row }> {
  const id = String((await engagementAt('implementation')).id)
  const submitted = await act(await persona('binh'), 'submit_change_request', {
    engagement_id: id,
    title: 'Thêm trang tuyển dụng',
    description: 'Một trang đăng tin tuyển dụng.',
  })
  const changeRequest = await act(await persona('lan'), 'quote_change_request', {
    change_request_id: submitted.id,
    extra_price_vnd: 3_000_000,
    extra_days: 5,
  })
  return { id, changeRequest }
}

describe('a binding decision records who, when and from which browser', () => {
  test('accepting a quote: the approver, the time, the User-Agent and the first forwarded address', async () => {
    const id = String((await engagementAt('agreement')).id)
    const an = await browserOf('an', '203.0.113.7, 10.0.0.1')
    const before = Date.now()
    await act(an, 'transition_engagement', await transitionArgs(id, 'payment'))
    const [quote] = (await rowsOf('quotes', id)).filter((row) => row.status === 'accepted') as [Row]
    assert.equal(quote.decided_by, an.userId)
    assert.ok(Date.parse(String(quote.decided_at)) >= before - 5_000)
    assert.equal(quote.decided_user_agent, BROWSER)
    assert.equal(quote.decided_from, '203.0.113.7')
  })

  test('without a proxy in front, the address is the one the gateway received from', async () => {
    const id = String((await engagementAt('agreement')).id)
    const quote = await sentQuote(id)
    await act(await browserOf('an'), 'decline_quote', {
      quote_id: quote.id,
      reason: 'Giá cao.',
      quote_version: quote.version,
    })
    const [declined] = await rowsOf('quotes', id)
    assert.equal(declined!.decided_user_agent, BROWSER)
    assert.match(String(declined!.decided_from), /^(127\.0\.0\.1|::1)$/)
  })

  test('approving a change request and accepting the delivery are recorded the same way', async () => {
    const { id, changeRequest } = await changeRequestQuoted()
    const an = await browserOf('an', '198.51.100.4')
    await act(an, 'approve_change_request', {
      change_request_id: changeRequest.id,
      extra_price_vnd: changeRequest.extra_price_vnd,
      change_request_version: changeRequest.version,
    })
    const [approved] = await rowsOf('change_requests', id)
    assert.deepEqual(
      [approved!.decided_by, approved!.decided_user_agent, approved!.decided_from],
      [an.userId, BROWSER, '198.51.100.4'],
    )

    const accepted = String((await engagementAt('acceptance')).id)
    await act(an, 'transition_engagement', await transitionArgs(accepted, 'warranty'))
    const [acceptance] = await rowsOf('acceptances', accepted)
    assert.deepEqual(
      [acceptance!.decided_by, acceptance!.decided_user_agent, acceptance!.decided_from],
      [an.userId, BROWSER, '198.51.100.4'],
    )
  })
})

describe('the provider withdraws or revises a quote until the client decides', () => {
  test('a withdrawn quote cannot be accepted or declined, and the refusals change nothing', async () => {
    const id = String((await engagementAt('agreement')).id)
    const quote = await sentQuote(id)
    const stale = await transitionArgs(id, 'payment')
    const withdrawn = await act(await persona('lan'), 'withdraw_quote', {
      quote_id: quote.id,
      reason: 'Sai gói dịch vụ.',
    })
    assert.equal(withdrawn.status, 'withdrawn')
    assert.equal((await engagement(id)).whose_move, 'provider')

    const before = await snapshot(id)
    const an = await persona('an')
    assert.equal((await call(an, 'transition_engagement', stale)).code, 'quote_conflict')
    assert.equal(
      (
        await call(an, 'transition_engagement', {
          ...stale,
          expected_version: (await engagement(id)).version,
        })
      ).code,
      'quote_conflict',
    )
    const declined = await call(an, 'decline_quote', { quote_id: quote.id, reason: 'Không đồng ý.' })
    assert.equal(declined.code, 'quote_conflict')
    assert.deepEqual(await snapshot(id), before)
  })

  test('only the provider withdraws: the client and another account manager are refused, nothing changed', async () => {
    const id = String((await engagementAt('agreement')).id)
    const quote = await sentQuote(id)
    const before = await snapshot(id)
    for (const [name, code] of [
      ['an', 'not_provider_actor'],
      ['binh', 'not_provider_actor'],
      ['minh', 'engagement_not_found'],
    ] as const) {
      const outcome = await call(await persona(name), 'withdraw_quote', { quote_id: quote.id })
      assert.equal(outcome.code, code, name)
    }
    assert.deepEqual(await snapshot(id), before)
  })

  test('a revision (sending again) makes the earlier version a conflict; the new one is accepted', async () => {
    const id = String((await engagementAt('agreement')).id)
    const stale = await transitionArgs(id, 'payment')
    await act(await persona('lan'), 'send_quote', quoteArgs(id, { price_vnd: 12_000_000 }))
    const before = await snapshot(id)
    const an = await persona('an')
    const outcome = await call(an, 'transition_engagement', {
      ...stale,
      expected_version: (await engagement(id)).version,
    })
    assert.equal(outcome.code, 'quote_conflict')
    assert.equal(outcome.detail?.current_quote_id, (await sentQuote(id)).id)
    assert.deepEqual(await snapshot(id), before)
    const moved = await act(an, 'transition_engagement', await transitionArgs(id, 'payment'))
    assert.equal(moved.agreed_price_vnd, 12_000_000)
  })

  test("a change request's quote withdrawn: approving it is a conflict and creates no payment", async () => {
    const { id, changeRequest } = await changeRequestQuoted()
    const lan = await persona('lan')
    const withdrawn = await act(lan, 'withdraw_change_request_quote', {
      change_request_id: changeRequest.id,
      reason: 'Tính lại chi phí.',
    })
    assert.deepEqual([withdrawn.status, withdrawn.extra_price_vnd], ['submitted', null])
    const before = await snapshot(id)
    const outcome = await call(await persona('an'), 'approve_change_request', {
      change_request_id: changeRequest.id,
      extra_price_vnd: changeRequest.extra_price_vnd,
      change_request_version: changeRequest.version,
    })
    assert.equal(outcome.code, 'change_request_conflict')
    assert.equal(
      (
        await call(await persona('binh'), 'withdraw_change_request_quote', {
          change_request_id: changeRequest.id,
        })
      ).code,
      'not_provider_actor',
    )
    assert.deepEqual(await snapshot(id), before)

    const requoted = await act(lan, 'quote_change_request', {
      change_request_id: changeRequest.id,
      extra_price_vnd: 2_500_000,
      extra_days: 4,
    })
    const approved = await act(await persona('an'), 'approve_change_request', {
      change_request_id: changeRequest.id,
      extra_price_vnd: 2_500_000,
      change_request_version: requoted.version,
    })
    assert.equal(approved.status, 'approved')
  })
})

describe('amounts and days have bounds', () => {
  test('a quote of 9.000.000.000.000.000 ₫ is refused as too large, not as a bad schedule', async () => {
    const id = String((await engagementAt('agreement')).id)
    const before = await snapshot(id)
    const lan = await persona('lan')
    const outcome = await call(lan, 'send_quote', quoteArgs(id, { price_vnd: 9_000_000_000_000_000 }))
    assert.equal(outcome.code, 'amount_too_large')
    assert.equal(outcome.detail?.max_vnd, 100_000_000_000)
    assert.equal((await call(lan, 'send_quote', quoteArgs(id, { price_vnd: -1 }))).code, 'invalid_amount')
    assert.deepEqual(await snapshot(id), before)
    await act(lan, 'send_quote', quoteArgs(id, { price_vnd: 100_000_000_000 }))
  })

  test("a change request's quote: extra price and 0..730 extra days", async () => {
    const id = String((await engagementAt('implementation')).id)
    const submitted = await act(await persona('binh'), 'submit_change_request', {
      engagement_id: id,
      title: 'Thêm ngôn ngữ',
      description: 'Bản tiếng Anh.',
    })
    const before = await snapshot(id)
    const lan = await persona('lan')
    const quote = (extra_price_vnd: number, extra_days: number) =>
      call(lan, 'quote_change_request', { change_request_id: submitted.id, extra_price_vnd, extra_days })
    assert.equal((await quote(9_000_000_000_000_000, 5)).code, 'amount_too_large')
    const days = await quote(1_000_000, 9_999)
    assert.deepEqual([days.code, days.detail?.max_days], ['days_out_of_range', 730])
    assert.equal((await quote(1_000_000, -1)).code, 'days_out_of_range')
    assert.deepEqual(await snapshot(id), before)
    assert.equal((await quote(1_000_000, 730)).code, null)
  })
})

/** A deposit before start and a balance on the given condition. */
const schedule = (condition: string, dueOn?: string) => [
  { label: 'Đặt cọc', label_code: 'deposit', amount_vnd: 5_000_000, due_condition: 'before_start' },
  {
    label: 'Còn lại',
    amount_vnd: 10_000_000,
    due_condition: condition,
    ...(dueOn ? { due_on: dueOn } : {}),
  },
]

describe('the quote sets the deposit and when the balance falls due', () => {
  test('a deposit before start and a balance on a date become payments with those conditions', async () => {
    const id = String((await engagementAt('agreement')).id)
    const lan = await persona('lan')
    await act(
      lan,
      'send_quote',
      quoteArgs(id, {
        payment_schedule: [
          {
            label: 'Đặt cọc 30%',
            label_code: 'deposit',
            amount_vnd: 4_500_000,
            due_condition: 'before_start',
          },
          {
            label: 'Phần còn lại',
            label_code: 'balance',
            amount_vnd: 10_500_000,
            due_condition: 'on_date',
            due_on: '2027-06-30',
          },
        ],
      }),
    )
    await move(await persona('an'), id, 'payment')
    const payments = (await rowsOf('payments', id)).map((row) => [
      row.label_code,
      row.amount_vnd,
      row.due_condition,
      row.due_on,
      row.due_before_start,
    ])
    assert.deepEqual(payments, [
      ['deposit', 4_500_000, 'before_start', null, true],
      ['balance', 10_500_000, 'on_date', '2027-06-30', false],
    ])
  })

  test('a balance at acceptance, and malformed conditions refused with nothing changed', async () => {
    const id = String((await engagementAt('agreement')).id)
    const lan = await persona('lan')
    const before = await snapshot(id)
    for (const [condition, dueOn] of [
      ['someday'],
      ['on_date'],
      ['on_date', '2020-01-01'],
      ['on_date', '2027-02-30'],
    ])
      assert.equal(
        (await call(lan, 'send_quote', quoteArgs(id, { payment_schedule: schedule(condition!, dueOn) })))
          .code,
        'invalid_payment_schedule',
        `${condition} ${dueOn ?? ''}`,
      )
    assert.deepEqual(await snapshot(id), before)
    const sent = await act(lan, 'send_quote', quoteArgs(id, { payment_schedule: schedule('at_acceptance') }))
    const balance = (sent.payment_schedule as Row[])[1]!
    assert.deepEqual([balance.due_condition, balance.due_before_start], ['at_acceptance', false])
  })
})

describe('a hand-over tells the client what is delivered', () => {
  test("the hand-over note is on the move's event, which the client reads", async () => {
    const id = String((await engagementAt('completion')).id)
    const note = 'Website đã chạy tại dia-chi-moi.vn; tài khoản quản trị gửi qua email.'
    await move(await persona('lan'), id, 'acceptance', note)
    const { data, error } = await (
      await persona('binh')
    ).client
      .from('engagement_events')
      .select('note,to_step')
      .eq('engagement_id', id)
      .eq('to_step', 'acceptance')
    assert.equal(error, null)
    assert.deepEqual(data, [{ note, to_step: 'acceptance' }])
  })
})
