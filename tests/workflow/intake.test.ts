import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona, serviceRole, type DemoName } from '../support/personas.ts'
import {
  LANDING_PAGE,
  PHUONG_DONG,
  SAO_BIEN,
  act,
  call,
  engagement,
  engagementAt,
  footprint,
  move,
  rowsOf,
} from './support/journey.ts'
import type { Row } from './support/world.ts'

// Intake: a client's request keeps its package and details and goes to the client's default
// account manager at once; without one, managers are asked to assign one. Client milestones are
// the client's to mark done. Each persona reads the same pending_actions the board and to-dos read.
const LAN = 'a0000000-0000-4000-8000-000000000003'
const MINH = 'a0000000-0000-4000-8000-000000000004'

async function actionsAs(name: DemoName | 'service', engagementId: string): Promise<Row[]> {
  const client = name === 'service' ? serviceRole() : (await persona(name)).client
  const { data, error } = await client
    .from('pending_actions')
    .select('kind,subject_id,side,actor,actor_id,note,blocking')
    .eq('engagement_id', engagementId)
    .order('kind')
  assert.equal(error, null)
  return (data ?? []) as Row[]
}

const kinds = (rows: Row[]) => rows.map((row) => `${String(row.side)}:${String(row.kind)}`)

async function boardRow(name: DemoName, id: string): Promise<Row | null> {
  const { data, error } = await (
    await persona(name)
  ).client
    .from('engagement_board')
    .select('id,whose_move,whose_move_reason,provider_waiting_seconds,client_waiting_seconds')
    .eq('id', id)
    .maybeSingle()
  assert.equal(error, null)
  return data as Row | null
}

describe('intake', () => {
  test("a client's request keeps its package and details and is its default account manager's at once", async () => {
    const an = await persona('an')
    const created = await act(an, 'create_engagement', {
      client_id: PHUONG_DONG,
      title: 'Trang tuyển dụng mùa hè',
      package_id: LANDING_PAGE.id,
      details: '  Một trang đăng tin tuyển dụng, có biểu mẫu nộp hồ sơ.  ',
    })
    const id = String(created.id)
    const row = await engagement(id)
    assert.equal(row.account_manager_id, LAN)
    assert.equal(row.requested_package_id, LANDING_PAGE.id)
    assert.equal(row.request_details, 'Một trang đăng tin tuyển dụng, có biểu mẫu nộp hồ sơ.')
    assert.equal(row.description, '')
    assert.equal(row.package_id, null, 'the agreed package comes with the accepted quote')

    const review = await actionsAs('lan', id)
    assert.deepEqual(kinds(review), ['provider:review_request'])
    assert.equal(review[0]?.actor_id, LAN)
    assert.deepEqual(await actionsAs('an', id), review, 'the client reads the same list')
    assert.deepEqual(await actionsAs('minh', id), [], "another client's account manager sees nothing")
    assert.deepEqual(
      [row.whose_move, row.whose_move_reason],
      ['provider', 'review_request'],
      'whose move follows the list',
    )

    // Both sides read the request's own fields.
    for (const name of ['an', 'binh', 'lan', 'manager'] as const) {
      const { data, error } = await (
        await persona(name)
      ).client
        .from('engagements')
        .select('requested_package_id,request_details')
        .eq('id', id)
        .single()
      assert.equal(error, null, name)
      assert.deepEqual(data, { requested_package_id: LANDING_PAGE.id, request_details: row.request_details })
    }
  })

  test('a request with an inactive or unknown package is refused and nothing is created', async () => {
    const an = await persona('an')
    const before = (await rowsOfClient(PHUONG_DONG)).length
    for (const packageId of [
      'b0000000-0000-4000-8000-000000000005',
      'b0000000-0000-4000-8000-0000000000ff',
    ]) {
      const refused = await call(an, 'create_engagement', {
        client_id: PHUONG_DONG,
        title: 'Gói cũ',
        package_id: packageId,
      })
      assert.equal(refused.code, 'package_not_found')
    }
    assert.equal((await rowsOfClient(PHUONG_DONG)).length, before)
  })

  test('without a default account manager the request asks managers to assign one', async () => {
    const service = serviceRole()
    const reset = await service
      .from('clients')
      .update({ default_account_manager_id: null })
      .eq('id', SAO_BIEN)
    assert.equal(reset.error, null)
    try {
      const chi = await persona('chi')
      const created = await act(chi, 'create_engagement', {
        client_id: SAO_BIEN,
        title: 'Cổng đặt lịch bốc xếp',
        details: 'Khách đặt giờ bốc xếp tại kho.',
      })
      const id = String(created.id)
      assert.equal((await engagement(id)).account_manager_id, null)
      const assign = await actionsAs('manager', id)
      assert.deepEqual(kinds(assign), ['provider:assign_account_manager'])
      assert.deepEqual([assign[0]?.actor, assign[0]?.blocking], ['manager', true])
      assert.deepEqual(await actionsAs('minh', id), [], 'no account manager sees it yet')
      assert.deepEqual((await boardRow('manager', id))?.whose_move, 'provider')

      const manager = await persona('manager')
      const before = await engagement(id)
      await act(manager, 'assign_account_manager', {
        engagement_id: id,
        account_manager_id: MINH,
        expected_version: before.version,
      })
      const review = await actionsAs('minh', id)
      assert.deepEqual(kinds(review), ['provider:review_request'])
      assert.equal(review[0]?.actor_id, MINH)
    } finally {
      await service.from('clients').update({ default_account_manager_id: MINH }).eq('id', SAO_BIEN)
    }
  })
})

async function rowsOfClient(clientId: string): Promise<Row[]> {
  const { data, error } = await serviceRole().from('engagements').select('id').eq('client_id', clientId)
  assert.equal(error, null)
  return (data ?? []) as Row[]
}

describe('client milestones', () => {
  test("the seed's implementation engagement of each client has an open client milestone, the client's move", async () => {
    for (const code of ['TS-2026-0004', 'TS-2026-0015']) {
      const { data, error } = await serviceRole().from('engagements').select('id').eq('code', code).single()
      assert.equal(error, null)
      const id = String((data as Row).id)
      const open = (await rowsOf('milestones', id)).filter(
        (row) => row.responsible === 'client' && row.status === 'open',
      )
      assert.equal(open.length, 1, code)
      const action = (await actionsAs('service', id)).find((row) => row.kind === 'complete_milestone')
      assert.deepEqual(
        [action?.subject_id, action?.side, action?.actor],
        [open[0]?.id, 'client', 'client_member'],
      )
      assert.equal((await engagement(id)).whose_move, 'client', code)
    }
  })

  test('staff are refused a client milestone and nothing changes; a member marks it done', async () => {
    const [lan, manager, binh] = await Promise.all([persona('lan'), persona('manager'), persona('binh')])
    const id = String((await engagementAt('implementation', 'Kiểm thử mốc của khách hàng')).id)
    const clientMilestone = (await rowsOf('milestones', id)).find((row) => row.responsible === 'client')!
    assert.equal(clientMilestone.status, 'open')
    assert.deepEqual(
      kinds(await actionsAs('binh', id)).filter((kind) => kind.startsWith('client:')),
      ['client:complete_milestone'],
    )
    assert.equal((await engagement(id)).whose_move, 'client')

    const before = await footprint(id)
    for (const staff of [lan, manager]) {
      const refused = await call(staff, 'mark_milestone_done', { milestone_id: clientMilestone.id })
      assert.equal(refused.code, 'milestone_for_client', staff.name)
      assert.equal(refused.detail?.waiting_on, 'client')
    }
    assert.deepEqual(await footprint(id), before)
    assert.equal(
      (await rowsOf('milestones', id)).find((row) => row.id === clientMilestone.id)?.status,
      'open',
    )

    const provider = (await rowsOf('milestones', id)).find((row) => row.responsible === 'provider')!
    const wrongSide = await call(binh, 'mark_milestone_done', { milestone_id: provider.id })
    assert.equal(wrongSide.code, 'not_provider_actor')

    const done = await act(binh, 'mark_milestone_done', { milestone_id: clientMilestone.id })
    assert.equal(done.status, 'done')
    assert.ok(!(await actionsAs('binh', id)).some((row) => row.kind === 'complete_milestone'))
    const after = await engagement(id)
    assert.deepEqual([after.whose_move, after.whose_move_reason], ['provider', 'deliver_milestones'])
  })
})

describe('a rejection at acceptance', () => {
  test("is the provider's move on the board, the header and the clocks, with the reasons, until the hand-over", async () => {
    const [lan, an] = await Promise.all([persona('lan'), persona('an')])
    const id = String((await engagementAt('acceptance', 'Kiểm thử từ chối, bảng và đồng hồ')).id)
    const reasons = 'Biểu mẫu liên hệ chưa gửi được.\nẢnh trang chủ bị mờ.'
    await move(an, id, 'implementation', reasons)

    for (const name of ['lan', 'an', 'binh', 'manager'] as const) {
      const fix = (await actionsAs(name, id)).find((row) => row.kind === 'fix_rejection')
      assert.deepEqual([fix?.side, fix?.actor, fix?.note], ['provider', 'account_manager', reasons], name)
      const board = await boardRow(name, id)
      assert.deepEqual([board?.whose_move, board?.whose_move_reason], ['provider', 'fix_rejection'], name)
      assert.equal(board?.client_waiting_seconds, (await boardRow('lan', id))?.client_waiting_seconds)
    }
    // The waiting clock runs for the provider now: the client's does not grow.
    const first = await boardRow('lan', id)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const later = await boardRow('lan', id)
    assert.equal(later?.client_waiting_seconds, first?.client_waiting_seconds)
    assert.ok(Number(later?.provider_waiting_seconds) >= Number(first?.provider_waiting_seconds))

    await move(lan, id, 'completion')
    assert.ok(!(await actionsAs('lan', id)).some((row) => row.kind === 'fix_rejection'))
  })
})

describe("a member and the approver's decisions", () => {
  test('a member is never the actor of an approver-only action; the approver sees the same rows as theirs', async () => {
    const [binh, an] = await Promise.all([persona('binh'), persona('an')])
    const seenByMember = await readAllActions(binh.client)
    const seenByApprover = await readAllActions(an.client)
    assert.deepEqual(seenByMember, seenByApprover, 'one list for the whole client')
    const decisions = seenByMember.filter((row) =>
      ['decide_quote', 'decide_change_request', 'decide_acceptance'].includes(String(row.kind)),
    )
    assert.ok(decisions.length > 0)
    for (const row of decisions) assert.equal(row.actor, 'client_approver')
    // And the database agrees: a member's attempt at one is refused.
    const quote = decisions.find((row) => row.kind === 'decide_quote')!
    const refused = await call(binh, 'decline_quote', { quote_id: quote.subject_id, reason: 'Thử' })
    assert.equal(refused.code, 'not_client_approver')
  })
})

async function readAllActions(client: ReturnType<typeof serviceRole>): Promise<Row[]> {
  const { data, error } = await client
    .from('pending_actions')
    .select('engagement_id,kind,subject_id,actor')
    .order('engagement_id')
    .order('kind')
    .order('subject_id')
  assert.equal(error, null)
  return (data ?? []) as Row[]
}
