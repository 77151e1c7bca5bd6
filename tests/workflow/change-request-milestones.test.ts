import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona, serviceRole, type DemoName } from '../support/personas.ts'
import { act, call, engagementAt, footprint, move, rowsOf } from './support/journey.ts'
import type { Row } from './support/world.ts'

// C6 planned: the provider quotes a change (saying whether its extra payment comes before the
// work) and plans its work as milestones tied to it; the gate keeps each such milestone from being
// done before the approval and, when asked, the confirmed payment.

async function refused(who: DemoName, fn: string, args: Record<string, unknown>, code: string, id: string) {
  const before = await footprint(id)
  const milestones = await rowsOf('milestones', id)
  const changes = await rowsOf('change_requests', id)
  const outcome = await call(await persona(who), fn, args)
  assert.equal(outcome.code, code, `${who} ${fn}`)
  assert.deepEqual(await footprint(id), before, `${who} ${fn} changed the engagement`)
  assert.deepEqual(await rowsOf('milestones', id), milestones, `${who} ${fn} changed the milestones`)
  assert.deepEqual(await rowsOf('change_requests', id), changes, `${who} ${fn} changed the change requests`)
}

async function changeIn(id: string, title: string): Promise<Row> {
  return act(await persona('binh'), 'submit_change_request', {
    engagement_id: id,
    title,
    description: `${title}: mô tả bằng văn bản của khách hàng.`,
  })
}

async function approve(changeRequestId: unknown): Promise<Row> {
  const { data } = await serviceRole()
    .from('change_requests')
    .select('extra_price_vnd, version')
    .eq('id', changeRequestId)
    .single()
  return act(await persona('an'), 'approve_change_request', {
    change_request_id: changeRequestId,
    extra_price_vnd: data?.extra_price_vnd,
    change_request_version: data?.version,
  })
}

/** Whether "complete this milestone" is among the engagement's pending actions (the whose-move list). */
async function milestonePending(milestoneId: unknown): Promise<boolean> {
  const { data, error } = await serviceRole()
    .from('pending_actions')
    .select('kind, side')
    .eq('subject_id', milestoneId)
  assert.equal(error, null)
  return (data ?? []).some((action) => action.kind === 'complete_milestone' && action.side === 'provider')
}

describe('change-request milestones (C6)', () => {
  test('only the account manager or a manager adds one; the client and other staff are refused', async () => {
    const id = String((await engagementAt('implementation', 'Kiểm thử hạng mục thay đổi')).id)
    const change = await changeIn(id, 'Thêm trang câu hỏi thường gặp')
    const args = { change_request_id: change.id, title: 'Trang câu hỏi thường gặp', due_on: '2027-02-01' }
    await refused('an', 'add_change_request_milestone', args, 'not_provider_actor', id)
    await refused('binh', 'add_change_request_milestone', args, 'not_provider_actor', id)
    await refused('chi', 'add_change_request_milestone', args, 'engagement_not_found', id)
    await refused('minh', 'add_change_request_milestone', args, 'engagement_not_found', id)
    await refused('lan', 'add_change_request_milestone', { ...args, title: '  ' }, 'title_required', id)

    const added = await act(await persona('lan'), 'add_change_request_milestone', args)
    assert.equal(added.change_request_id, change.id)
    assert.equal(added.responsible, 'provider')
    assert.equal(added.status, 'open')
    assert.equal(added.due_date, '2027-02-01')
    const byManager = await act(await persona('manager'), 'add_change_request_milestone', {
      change_request_id: change.id,
      title: 'Kiểm thử trang câu hỏi',
    })
    assert.equal(Number(byManager.position), Number(added.position) + 1, 'last in the plan')

    for (const name of ['an', 'binh'] as const) {
      const { data } = await (
        await persona(name)
      ).client
        .from('milestones')
        .select('id, change_request_id')
        .eq('change_request_id', change.id)
      assert.equal(data?.length, 2, `${name} sees the change's milestones`)
    }
    const { data: hidden } = await (
      await persona('chi')
    ).client
      .from('milestones')
      .select('id')
      .eq('change_request_id', change.id)
    assert.deepEqual(hidden, [], 'another client sees nothing')
  })

  test('a pay-before-work change: its milestone is refused before approval and before payment, allowed after', async () => {
    const [lan, binh] = await Promise.all([persona('lan'), persona('binh')])
    const id = String((await engagementAt('implementation', 'Kiểm thử trả trước khi làm')).id)
    const change = await changeIn(id, 'Thêm trang tuyển dụng')
    await refused(
      'binh',
      'quote_change_request',
      { change_request_id: change.id, extra_price_vnd: 1, extra_days: 1, pay_before_work: true },
      'not_provider_actor',
      id,
    )
    const quoted = await act(lan, 'quote_change_request', {
      change_request_id: change.id,
      extra_price_vnd: 5_000_000,
      extra_days: 5,
      pay_before_work: true,
    })
    assert.equal(quoted.pay_before_work, true)
    const { data: seen } = await binh.client
      .from('change_requests')
      .select('pay_before_work')
      .eq('id', change.id)
      .single()
    assert.equal(seen?.pay_before_work, true, 'the client sees that payment comes first')

    const milestone = await act(lan, 'add_change_request_milestone', {
      change_request_id: change.id,
      title: 'Trang tuyển dụng',
    })
    const done = { milestone_id: milestone.id }
    await refused('lan', 'start_milestone', done, 'change_request_awaiting_approval', id)
    await refused('lan', 'mark_milestone_done', done, 'change_request_awaiting_approval', id)
    assert.equal(await milestonePending(milestone.id), false, 'no move of TAMS before the approval')

    const approved = await approve(change.id)
    await refused('lan', 'mark_milestone_done', done, 'change_request_payment_pending', id)
    assert.equal(await milestonePending(milestone.id), false, 'nor before the payment')
    await act(binh, 'submit_payment_proof', { payment_id: approved.payment_id, note: 'Đã chuyển khoản.' })
    await refused('lan', 'mark_milestone_done', done, 'change_request_payment_pending', id)
    await refused('lan', 'start_milestone', done, 'change_request_payment_pending', id)
    await act(lan, 'confirm_payment', { payment_id: approved.payment_id })
    const started = await act(lan, 'start_milestone', done)
    assert.ok(started.started_at, 'paid: the work starts')
    await refused('lan', 'start_milestone', done, 'milestone_already_started', id)
    assert.equal(await milestonePending(milestone.id), true, 'paid: the work is TAMS’s move')
    const deliver = { change_request_id: change.id }
    await refused('lan', 'complete_change_request', deliver, 'change_request_milestones_open', id)
    const finished = await act(lan, 'mark_milestone_done', done)
    assert.equal(finished.status, 'done')
    assert.equal((await act(lan, 'complete_change_request', deliver)).status, 'done')
  })

  test('without pay before work (the default) the approval alone lets the work be done', async () => {
    const lan = await persona('lan')
    const id = String((await engagementAt('implementation', 'Kiểm thử trả sau')).id)
    const change = await changeIn(id, 'Thêm bản đồ cửa hàng')
    const quoted = await act(lan, 'quote_change_request', {
      change_request_id: change.id,
      extra_price_vnd: 2_000_000,
      extra_days: 2,
    })
    assert.equal(quoted.pay_before_work, false)
    const milestone = await act(lan, 'add_change_request_milestone', {
      change_request_id: change.id,
      title: 'Bản đồ cửa hàng',
    })
    await refused(
      'lan',
      'mark_milestone_done',
      { milestone_id: milestone.id },
      'change_request_awaiting_approval',
      id,
    )
    assert.equal(await milestonePending(milestone.id), false, 'no move of TAMS before the approval')
    await approve(change.id)
    assert.equal(await milestonePending(milestone.id), true, 'approved: the work is TAMS’s move')
    const finished = await act(lan, 'mark_milestone_done', { milestone_id: milestone.id })
    assert.equal(finished.status, 'done')
  })

  test('a rejected change leaves the plan and takes no new milestones; nor does one outside implementation', async () => {
    const lan = await persona('lan')
    const id = String((await engagementAt('implementation', 'Kiểm thử thay đổi bị từ chối')).id)
    const change = await changeIn(id, 'Thêm ứng dụng di động')
    await act(lan, 'quote_change_request', {
      change_request_id: change.id,
      extra_price_vnd: 90_000_000,
      extra_days: 60,
    })
    await act(lan, 'add_change_request_milestone', {
      change_request_id: change.id,
      title: 'Ứng dụng di động',
    })
    await act(await persona('an'), 'reject_change_request', {
      change_request_id: change.id,
      reason: 'Chưa cần.',
    })
    const { data: left } = await serviceRole()
      .from('milestones')
      .select('id')
      .eq('change_request_id', change.id)
    assert.deepEqual(left, [], 'a rejected change has no open milestones')
    await refused(
      'lan',
      'add_change_request_milestone',
      { change_request_id: change.id, title: 'Ứng dụng di động' },
      'change_request_closed',
      id,
    )

    const early = String((await engagementAt('payment', 'Kiểm thử thay đổi khi thanh toán')).id)
    const earlyChange = await changeIn(early, 'Thêm trang giới thiệu')
    await refused(
      'lan',
      'add_change_request_milestone',
      { change_request_id: earlyChange.id, title: 'Trang giới thiệu' },
      'wrong_step',
      early,
    )
  })

  test('starting a milestone: the responsible side only, once, while it is open', async () => {
    const id = String((await engagementAt('payment', 'Kiểm thử bắt đầu hạng mục')).id)
    const lan = await persona('lan')
    await move(lan, id, 'implementation')
    const plan = await rowsOf('milestones', id)
    const ours = plan.find((milestone) => milestone.responsible === 'provider')!
    const theirs = plan.find((milestone) => milestone.responsible === 'client')!
    await refused('binh', 'start_milestone', { milestone_id: ours.id }, 'not_provider_actor', id)
    await refused('minh', 'start_milestone', { milestone_id: ours.id }, 'engagement_not_found', id)
    await refused('lan', 'start_milestone', { milestone_id: theirs.id }, 'milestone_for_client', id)
    assert.ok((await act(lan, 'start_milestone', { milestone_id: ours.id })).started_at)
    assert.ok((await act(await persona('binh'), 'start_milestone', { milestone_id: theirs.id })).started_at)
    const { data: events } = await serviceRole()
      .from('engagement_events')
      .select('kind')
      .eq('engagement_id', id)
      .eq('kind', 'milestone_started')
    assert.equal(events?.length, 2, 'each start is on the timeline')
    await act(lan, 'mark_milestone_done', { milestone_id: ours.id })
    const other = plan.find((milestone) => milestone.responsible === 'provider' && milestone.id !== ours.id)!
    await act(lan, 'mark_milestone_done', { milestone_id: other.id })
    await refused('lan', 'start_milestone', { milestone_id: other.id }, 'milestone_already_done', id)
  })
})
