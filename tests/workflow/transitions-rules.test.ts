import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona } from '../support/personas.ts'
import {
  LANDING_PAGE,
  PHUONG_DONG,
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

// The rules around the transition table: state, preconditions to leave each step, the client's
// rejection, the side effects of accepting the quote and the handover, and optimistic concurrency.
const tryMove = async (
  name: 'admin' | 'manager' | 'lan' | 'an' | 'binh',
  id: string,
  toStep: string,
  note?: string,
) => call(await persona(name), 'transition_engagement', await transitionArgs(id, toStep, note))

/** Asserts the move is refused with `code` (and who must act, when given) and that nothing changed. */
async function assertRefused(
  name: 'admin' | 'manager' | 'lan' | 'an' | 'binh',
  id: string,
  toStep: string,
  code: string,
  waitingOn?: string,
) {
  const before = await footprint(id)
  const outcome = await tryMove(name, id, toStep)
  assert.equal(outcome.code, code)
  if (waitingOn) assert.equal(outcome.detail?.waiting_on, waitingOn)
  assert.deepEqual(await footprint(id), before)
}

describe('a step move needs state = active', () => {
  for (const state of ['on_hold', 'cancelled'] as const) {
    test(`an engagement ${state} does not move, for the manager either`, async () => {
      const id = String((await engagementAt('implementation')).id)
      await act(await persona('manager'), 'change_engagement_state', {
        engagement_id: id,
        to_state: state,
        reason: 'Khách hàng tạm dừng dự án.',
      })
      await assertRefused('lan', id, 'completion', 'engagement_not_active')
      await assertRefused('manager', id, 'completion', 'engagement_not_active')
    })
  }
})

describe('preconditions to leave a step', () => {
  test('request -> agreement needs an account manager', async () => {
    // A client's request goes to its default account manager; a manager's may have none yet.
    const created = await act(await persona('manager'), 'create_engagement', {
      client_id: PHUONG_DONG,
      title: 'Yêu cầu chưa có người phụ trách',
    })
    await assertRefused('manager', String(created.id), 'agreement', 'account_manager_missing', 'provider')
  })

  test('agreement -> payment needs a sent quote (a draft is not enough)', async () => {
    const id = String((await engagementAt('request')).id)
    await move(await persona('lan'), id, 'agreement')
    await assertRefused('an', id, 'payment', 'quote_not_sent', 'provider')
    await act(await persona('lan'), 'send_quote', {
      engagement_id: id,
      package_id: LANDING_PAGE.id,
      price_vnd: 1_000_000,
      scope: 'Bản nháp',
      milestones: [{ title: 'Thiết kế' }],
      draft: true,
    })
    await assertRefused('an', id, 'payment', 'quote_not_sent')
  })

  test('payment -> implementation needs every payment due before start confirmed', async () => {
    const id = String((await engagementAt('agreement')).id)
    await move(await persona('an'), id, 'payment')
    await assertRefused('lan', id, 'implementation', 'payments_not_confirmed', 'client')
    const deposit = (await rowsOf('payments', id)).find((payment) => payment.due_before_start === true)!
    await act(await persona('binh'), 'submit_payment_proof', {
      payment_id: deposit.id,
      note: 'Đã chuyển khoản.',
    })
    await assertRefused('lan', id, 'implementation', 'payments_not_confirmed', 'provider')
    await act(await persona('lan'), 'confirm_payment', { payment_id: deposit.id })
    await move(await persona('lan'), id, 'implementation')
  })

  test('implementation -> completion needs every provider milestone done', async () => {
    const id = String((await engagementAt('payment')).id)
    await move(await persona('lan'), id, 'implementation')
    await assertRefused('lan', id, 'completion', 'milestones_open', 'provider')
  })

  test('implementation -> completion needs no approved change request left open', async () => {
    const id = String((await engagementAt('implementation')).id)
    const change = await act(await persona('binh'), 'submit_change_request', {
      engagement_id: id,
      title: 'Thêm trang tin tức',
      description: 'Cần thêm mục tin tức.',
    })
    const quoted = await act(await persona('lan'), 'quote_change_request', {
      change_request_id: change.id,
      extra_price_vnd: 2_000_000,
      extra_days: 5,
    })
    await act(await persona('an'), 'approve_change_request', {
      change_request_id: change.id,
      extra_price_vnd: quoted.extra_price_vnd,
      change_request_version: quoted.version,
    })
    await assertRefused('lan', id, 'completion', 'change_requests_open', 'provider')
  })

  test('completion -> acceptance needs a shared deliverable (an internal one does not count)', async () => {
    const id = String((await engagementAt('implementation')).id)
    await move(await persona('lan'), id, 'completion')
    await assertRefused('lan', id, 'acceptance', 'deliverable_missing', 'provider')
    await act(await persona('lan'), 'register_document_upload', {
      engagement_id: id,
      name: 'ban-nhap.pdf',
      visibility: 'internal',
      mime_type: 'application/pdf',
      size_bytes: 10,
      is_deliverable: true,
    })
    await assertRefused('lan', id, 'acceptance', 'deliverable_missing')
  })
})

describe('the client decides at acceptance', () => {
  test('rejection needs a reason; with one it goes back to implementation and is recorded', async () => {
    const id = String((await engagementAt('acceptance')).id)
    await assertRefused('an', id, 'implementation', 'reason_required', 'client')
    const before = await footprint(id)
    const moved = await tryMove('an', id, 'implementation', 'Trang liên hệ chưa gửi được biểu mẫu.')
    assert.equal(moved.code, null)
    const after = await engagement(id)
    assert.equal(after.step, 'implementation')
    assert.equal(after.warranty_starts_at, null)
    const decisions = await rowsOf('acceptances', id)
    assert.deepEqual(
      decisions.map((row) => [row.decision, row.note]),
      [['rejected', 'Trang liên hệ chưa gửi được biểu mẫu.']],
    )
    const events = await rowsOf('engagement_events', id)
    assert.equal(events.length, Number(before.events) + 1)
    assert.equal(events.at(-1)?.kind, 'acceptance_rejected')
  })

  test('a member cannot accept or reject: only the approver', async () => {
    const id = String((await engagementAt('acceptance')).id)
    await assertRefused('binh', id, 'warranty', 'not_client_approver')
    const before = await footprint(id)
    const rejected = await tryMove('binh', id, 'implementation', 'Không đồng ý')
    assert.equal(rejected.code, 'not_client_approver')
    assert.deepEqual(await footprint(id), before)
  })

  test('acceptance starts the warranty now and ends it after the package warranty_months', async () => {
    const id = String((await engagementAt('acceptance')).id)
    const moved = await tryMove('an', id, 'warranty')
    assert.equal(moved.code, null)
    const after = await engagement(id)
    const starts = new Date(String(after.warranty_starts_at))
    assert.ok(Math.abs(Date.now() - starts.getTime()) < 60_000, 'warranty starts at acceptance')
    assert.equal(
      new Date(String(after.warranty_ends_at)).toISOString(),
      addMonths(starts, LANDING_PAGE.warrantyMonths).toISOString(),
    )
    assert.deepEqual(
      (await rowsOf('acceptances', id)).map((row) => row.decision),
      ['accepted'],
    )
  })
})

describe('accepting the quote fixes package, price and work plan', () => {
  test("the sent quote becomes accepted; its package, price, milestones and payments become the engagement's", async () => {
    const id = String((await engagementAt('agreement')).id)
    const [quote] = (await rowsOf('quotes', id)).filter((row) => row.status === 'sent') as [Row]
    await move(await persona('an'), id, 'payment')
    const after = await engagement(id)
    assert.deepEqual(
      [after.package_id, Number(after.agreed_price_vnd), after.accepted_quote_id],
      [quote.package_id, Number(quote.price_vnd), quote.id],
    )
    const accepted = (await rowsOf('quotes', id)).find((row) => row.id === quote.id)!
    assert.equal(accepted.status, 'accepted')
    const planned = (quote.milestones as Row[]).map((item) => [item.title, item.responsible ?? 'provider'])
    const milestones = (await rowsOf('milestones', id)).toSorted(
      (a, b) => Number(a.position) - Number(b.position),
    )
    assert.deepEqual(
      milestones.map((row) => [row.title, row.responsible]),
      planned,
    )
    const payments = await rowsOf('payments', id)
    assert.deepEqual(
      payments.map((row) => Number(row.amount_vnd)).reduce((sum, amount) => sum + amount, 0),
      Number(quote.price_vnd),
    )
  })

  test('after acceptance the terms cannot be changed by sending another quote', async () => {
    const id = String((await engagementAt('payment')).id)
    const before = await footprint(id)
    const outcome = await call(await persona('lan'), 'send_quote', {
      engagement_id: id,
      package_id: LANDING_PAGE.id,
      price_vnd: 1,
      scope: 'Giảm giá',
      milestones: [{ title: 'x' }],
    })
    assert.equal(outcome.code, 'wrong_step')
    assert.deepEqual(await footprint(id), before)
  })
})

describe('optimistic concurrency', () => {
  test('a stale expected_version is a version_conflict and changes nothing', async () => {
    const id = String((await engagementAt('request')).id)
    const before = await footprint(id)
    const outcome = await call(await persona('lan'), 'transition_engagement', {
      engagement_id: id,
      to_step: 'agreement',
      expected_version: Number(before.version) - 1,
    })
    assert.equal(outcome.code, 'version_conflict')
    assert.equal(outcome.detail?.current_version, before.version)
    assert.deepEqual(await footprint(id), before)
  })

  test('a missing expected_version is refused', async () => {
    const id = String((await engagementAt('request')).id)
    const before = await footprint(id)
    const outcome = await call(await persona('lan'), 'transition_engagement', {
      engagement_id: id,
      to_step: 'agreement',
      expected_version: null,
    })
    assert.equal(outcome.code, 'version_required')
    assert.deepEqual(await footprint(id), before)
  })

  test('a step move increments version exactly once (the version the client holds next is expected + 1)', async () => {
    for (const from of ['request', 'agreement', 'acceptance'] as const) {
      const id = String((await engagementAt(from)).id)
      const before = await footprint(id)
      const mover = from === 'request' ? 'lan' : 'an'
      const outcome = await tryMove(
        mover,
        id,
        from === 'request' ? 'agreement' : from === 'agreement' ? 'payment' : 'warranty',
      )
      assert.equal(outcome.code, null)
      assert.equal((await footprint(id)).version, Number(before.version) + 1, `move from ${from}`)
    }
  })
})

/** Postgres adds months clamping to the month's last day; so does this. */
function addMonths(date: Date, months: number): Date {
  const result = new Date(date)
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}
