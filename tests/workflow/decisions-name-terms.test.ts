import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona, serviceRole } from '../support/personas.ts'
import { LANDING_PAGE, act, call, engagement, engagementAt, rowsOf } from './support/journey.ts'
import type { Row } from './support/world.ts'

// The client's approver decides on the terms the page showed them: accepting names the quote (id
// and version), approving a change request names its quoted price and version. Terms changed in
// between make the decision a conflict that changes nothing.
const quoteOf = (id: string, priceVnd: number) => ({
  engagement_id: id,
  package_id: LANDING_PAGE.id,
  price_vnd: priceVnd,
  scope: 'Trang giới thiệu sản phẩm.',
  milestones: [{ title: 'Thiết kế' }],
})

async function decisionRecords(id: string): Promise<Row> {
  const [row, quotes, milestones, payments, changeRequests, events] = await Promise.all([
    engagement(id),
    rowsOf('quotes', id),
    rowsOf('milestones', id),
    rowsOf('payments', id),
    rowsOf('change_requests', id),
    rowsOf('engagement_events', id),
  ])
  return { engagement: row, quotes, milestones, payments, changeRequests, events: events.length }
}

async function sentQuote(id: string): Promise<Row> {
  const sent = (await rowsOf('quotes', id)).find((row) => row.status === 'sent')
  assert.ok(sent, 'a sent quote')
  return sent
}

describe('accepting the quote names it', () => {
  test('a quote sent after the approver loaded the page: the stale acceptance is refused and nothing changes', async () => {
    const id = String((await engagementAt('agreement')).id)
    const [lan, an] = await Promise.all([persona('lan'), persona('an')])
    const seen = { engagement: await engagement(id), quote: await sentQuote(id) }

    await act(lan, 'send_quote', quoteOf(id, 95_000_000))
    assert.ok(
      Number((await engagement(id)).version) > Number(seen.engagement.version),
      'sending a quote changes the engagement',
    )
    const before = await decisionRecords(id)
    const stale = await call(an, 'transition_engagement', {
      engagement_id: id,
      to_step: 'payment',
      expected_version: seen.engagement.version,
      quote_id: seen.quote.id,
      quote_version: seen.quote.version,
    })
    // The engagement changed because its quote did: the refusal names the quote, not just "changed".
    assert.equal(stale.code, 'quote_conflict')
    assert.deepEqual(await decisionRecords(id), before)

    // Even with the engagement reloaded, the old quote is not the one on the table any more.
    const current = await engagement(id)
    const oldQuote = await call(an, 'transition_engagement', {
      engagement_id: id,
      to_step: 'payment',
      expected_version: current.version,
      quote_id: seen.quote.id,
      quote_version: seen.quote.version,
    })
    assert.equal(oldQuote.code, 'quote_conflict')
    const now = await sentQuote(id)
    assert.deepEqual(
      [oldQuote.detail?.current_quote_id, oldQuote.detail?.current_quote_version],
      [now.id, now.version],
    )
    assert.deepEqual(await decisionRecords(id), before)
  })

  test('without naming the quote the move to payment is refused', async () => {
    const id = String((await engagementAt('agreement')).id)
    const before = await decisionRecords(id)
    const outcome = await call(await persona('an'), 'transition_engagement', {
      engagement_id: id,
      to_step: 'payment',
      expected_version: (before.engagement as Row).version,
    })
    assert.equal(outcome.code, 'quote_required')
    assert.equal(outcome.detail?.waiting_on, 'client')
    assert.deepEqual(await decisionRecords(id), before)
  })

  test('a quote whose terms changed in place has a new version: the old version is refused', async () => {
    const id = String((await engagementAt('agreement')).id)
    const seen = await sentQuote(id)
    const { error } = await serviceRole()
      .from('quotes')
      .update({ price_vnd: 95_000_000, payment_schedule: [] })
      .eq('id', seen.id)
    assert.equal(error, null)
    const changed = await sentQuote(id)
    assert.equal(changed.version, Number(seen.version) + 1)
    const before = await decisionRecords(id)
    const outcome = await call(await persona('an'), 'transition_engagement', {
      engagement_id: id,
      to_step: 'payment',
      expected_version: (before.engagement as Row).version,
      quote_id: seen.id,
      quote_version: seen.version,
    })
    assert.equal(outcome.code, 'quote_conflict')
    assert.deepEqual(await decisionRecords(id), before)
  })

  test('naming the current sent quote accepts exactly it', async () => {
    const id = String((await engagementAt('agreement')).id)
    const quote = await sentQuote(id)
    const moved = await act(await persona('an'), 'transition_engagement', {
      engagement_id: id,
      to_step: 'payment',
      expected_version: (await engagement(id)).version,
      quote_id: quote.id,
      quote_version: quote.version,
    })
    assert.deepEqual(
      [moved.step, moved.accepted_quote_id, Number(moved.agreed_price_vnd)],
      ['payment', quote.id, Number(quote.price_vnd)],
    )
  })
})

describe('approving a change request names its quoted price and version', () => {
  test('re-quoted from 6M to 60M: the approval of the 6M quote is refused and no payment is created', async () => {
    const id = String((await engagementAt('implementation')).id)
    const [lan, an, binh] = await Promise.all([persona('lan'), persona('an'), persona('binh')])
    const change = await act(binh, 'submit_change_request', {
      engagement_id: id,
      title: 'Thêm trang tin tức',
      description: 'Cần thêm mục tin tức.',
    })
    const seen = await act(lan, 'quote_change_request', {
      change_request_id: change.id,
      extra_price_vnd: 6_000_000,
      extra_days: 3,
    })
    const requoted = await act(lan, 'quote_change_request', {
      change_request_id: change.id,
      extra_price_vnd: 60_000_000,
      extra_days: 3,
    })
    assert.ok(Number(requoted.version) > Number(seen.version))

    const before = await decisionRecords(id)
    const stale = await call(an, 'approve_change_request', {
      change_request_id: change.id,
      extra_price_vnd: seen.extra_price_vnd,
      change_request_version: seen.version,
    })
    assert.equal(stale.code, 'change_request_conflict')
    assert.deepEqual(
      [Number(stale.detail?.current_extra_price_vnd), stale.detail?.current_change_request_version],
      [60_000_000, requoted.version],
    )
    const oldVersionNewPrice = await call(an, 'approve_change_request', {
      change_request_id: change.id,
      extra_price_vnd: requoted.extra_price_vnd,
      change_request_version: seen.version,
    })
    assert.equal(oldVersionNewPrice.code, 'change_request_conflict')
    const unnamed = await call(an, 'approve_change_request', { change_request_id: change.id })
    assert.equal(unnamed.code, 'change_request_terms_required')
    assert.deepEqual(await decisionRecords(id), before)

    const approved = await act(an, 'approve_change_request', {
      change_request_id: change.id,
      extra_price_vnd: requoted.extra_price_vnd,
      change_request_version: requoted.version,
    })
    const extra = (await rowsOf('payments', id)).filter((row) => row.kind === 'change_request')
    assert.deepEqual(
      extra.map((row) => [Number(row.amount_vnd), row.id]),
      [[60_000_000, approved.payment_id]],
    )
  })
})
