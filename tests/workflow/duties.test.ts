import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona, serviceRole, type DemoName } from '../support/personas.ts'
import { act, call, engagement, engagementAt, footprint, move, rowsOf } from './support/journey.ts'
import type { Row } from './support/world.ts'

// The policy's duties: handover items (P5), the licence register (P7), the change-request gate
// (C6) and the ledger engagement_duties, each derived by the database from the records.
const DUTIES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6']
const M = 'met'
const O = 'open'
const N = 'not_applicable'

// Every duty of every seeded engagement (docs/database.md "Demo data"), in the order of DUTIES.
const SEEDED: Record<string, string[]> = {
  'TS-2026-0001': [N, N, M, O, N, N, N, M, M, N, N, N, N],
  'TS-2026-0002': [O, O, M, M, N, N, N, M, M, N, N, N, N],
  'TS-2026-0003': [M, M, M, O, N, N, N, M, M, O, N, M, N],
  'TS-2026-0004': [M, M, M, M, N, N, N, M, O, O, M, M, M],
  'TS-2026-0005': [M, M, M, O, O, N, O, M, M, M, O, M, N],
  'TS-2026-0006': [M, M, M, M, M, N, M, M, M, M, N, M, N],
  'TS-2026-0007': [M, M, M, M, M, O, M, M, M, M, N, M, N],
  'TS-2026-0008': [O, O, M, N, N, N, N, M, M, N, N, N, N],
  'TS-2026-0009': [N, N, M, N, N, N, N, M, M, N, N, N, N],
  'TS-2026-0010': [M, M, M, N, M, M, M, M, M, M, N, M, N],
  'TS-2026-0011': [M, M, M, M, M, M, M, M, M, M, N, M, N],
  'TS-2026-0012': [N, N, M, M, N, N, N, O, O, N, N, N, N],
  'TS-2026-0013': [O, O, M, M, N, N, N, M, M, N, N, N, N],
  'TS-2026-0014': [M, M, M, O, N, N, N, M, M, O, N, M, N],
  'TS-2026-0015': [M, M, M, M, N, N, N, M, M, O, O, O, O],
  'TS-2026-0016': [M, M, M, O, M, N, M, M, M, M, N, M, N],
  'TS-2026-0017': [M, M, M, M, M, N, M, M, M, M, N, M, N],
  'TS-2026-0018': [M, M, M, M, M, O, M, M, M, M, M, O, O],
  'TS-2026-0019': [M, M, M, N, N, N, N, M, M, M, N, M, N],
  'TS-2026-0020': [M, M, M, N, N, N, N, O, O, O, N, O, N],
  'TS-2026-0021': [M, M, M, N, M, M, M, M, M, M, O, M, N],
}
const PD_COMPLETION = 'e0000000-0000-4000-8000-000000000105'

async function ledgerOf(id: string, as: DemoName | 'service' = 'service'): Promise<Record<string, Row>> {
  const client = as === 'service' ? serviceRole() : (await persona(as)).client
  const { data, error } = await client.from('engagement_duties').select('*').eq('engagement_id', id)
  assert.equal(error, null)
  return Object.fromEntries(((data ?? []) as Row[]).map((row) => [String(row.duty), row]))
}

async function statusOf(id: string, duty: string): Promise<unknown> {
  return (await ledgerOf(id))[duty]?.status
}

async function refused(who: DemoName, fn: string, args: Record<string, unknown>, code: string, id: string) {
  const before = await footprint(id)
  const items = await rowsOf('handover_items', id)
  const assets = await rowsOf('licence_assets', id)
  const outcome = await call(await persona(who), fn, args)
  assert.equal(outcome.code, code, `${who} ${fn}`)
  assert.deepEqual(await footprint(id), before, `${who} ${fn} changed the engagement`)
  assert.deepEqual(await rowsOf('handover_items', id), items, `${who} ${fn} changed the handover items`)
  assert.deepEqual(await rowsOf('licence_assets', id), assets, `${who} ${fn} changed the licence register`)
}

describe('the duties ledger of the seed', () => {
  test('every duty of every seeded engagement has its expected status', async () => {
    const { data: engagements } = await serviceRole()
      .from('engagements')
      .select('id, code')
      .in('code', Object.keys(SEEDED))
    const { data, error } = await serviceRole()
      .from('engagement_duties')
      .select('engagement_id, duty, status')
      .in(
        'engagement_id',
        (engagements ?? []).map((row) => String(row.id)),
      )
    assert.equal(error, null)
    const codes = new Map((engagements ?? []).map((row) => [String(row.id), String(row.code)]))
    const actual: Record<string, string[]> = {}
    for (const row of (data ?? []) as Row[]) {
      const code = codes.get(String(row.engagement_id)) ?? '?'
      ;(actual[code] ??= Array<string>(DUTIES.length).fill('?'))[DUTIES.indexOf(String(row.duty))] = String(
        row.status,
      )
    }
    assert.deepEqual(actual, SEEDED)
  })

  test('a client sees only client-visible evidence; other clients see no ledger', async () => {
    const staffView = await ledgerOf(PD_COMPLETION, 'lan')
    const clientView = await ledgerOf(PD_COMPLETION, 'binh')
    assert.deepEqual(Object.keys(clientView).toSorted(), DUTIES.toSorted())
    for (const duty of DUTIES) assert.equal(clientView[duty]?.status, staffView[duty]?.status, duty)
    assert.deepEqual(await ledgerOf(PD_COMPLETION, 'chi'), {})
    assert.deepEqual(await ledgerOf(PD_COMPLETION, 'minh'), {})
    const internal = (await rowsOf('documents', PD_COMPLETION)).filter((d) => d.visibility === 'internal')
    const evidence = JSON.stringify(clientView.P3?.evidence)
    for (const document of internal) assert.ok(!evidence.includes(String(document.id)))
  })
})

describe('who may see the handover items and the licence register', () => {
  for (const table of ['handover_items', 'licence_assets', 'licence_registers']) {
    test(`${table}: staff of the engagement and its client see them, other clients nothing`, async () => {
      const all = await serviceRole()
        .from(table)
        .select('engagement_id, engagements!inner(client_id, account_manager_id)')
      assert.equal(all.error, null)
      const rows = (all.data ?? []) as unknown as {
        engagements: { client_id: string; account_manager_id: string }
      }[]
      const count = (filter: (row: (typeof rows)[number]) => boolean) => rows.filter(filter).length
      const expected: Partial<Record<DemoName, number>> = {
        manager: rows.length,
        lan: count((row) => row.engagements.account_manager_id === 'a0000000-0000-4000-8000-000000000003'),
        an: count((row) => row.engagements.client_id === 'c0000000-0000-4000-8000-000000000001'),
        binh: count((row) => row.engagements.client_id === 'c0000000-0000-4000-8000-000000000001'),
        chi: count((row) => row.engagements.client_id === 'c0000000-0000-4000-8000-000000000002'),
      }
      assert.ok((expected.an ?? 0) > 0 && (expected.chi ?? 0) > 0)
      for (const [name, total] of Object.entries(expected)) {
        const { count: seen, error } = await (
          await persona(name as DemoName)
        ).client
          .from(table)
          .select('*', { count: 'exact', head: true })
        assert.equal(error, null)
        assert.equal(seen, total, `${name} sees ${table}`)
      }
    })
  }
})

describe('nobody writes the duties tables directly', () => {
  for (const name of ['lan', 'manager', 'an', 'binh'] as const) {
    test(`${name}: inserts, updates and deletes are refused and change nothing`, async () => {
      const { client } = await persona(name)
      const before = await rowsOf('handover_items', PD_COMPLETION)
      const insert = await client
        .from('handover_items')
        .insert({ engagement_id: PD_COMPLETION, kind: 'other', title: 'Ghi trực tiếp' })
      assert.notEqual(insert.error, null)
      const confirm = await client
        .from('handover_items')
        .update({ received_at: new Date().toISOString() })
        .eq('engagement_id', PD_COMPLETION)
        .select()
      assert.ok(confirm.error !== null || (confirm.data ?? []).length === 0)
      const remove = await client
        .from('licence_registers')
        .delete()
        .eq('engagement_id', PD_COMPLETION)
        .select()
      assert.ok(remove.error !== null || (remove.data ?? []).length === 0)
      assert.deepEqual(await rowsOf('handover_items', PD_COMPLETION), before)
    })
  }
})

describe('handover items (P5): added and done by the provider, received by the client', () => {
  test('who may add, complete and confirm; hand-over waits for every required item', async () => {
    const id = String((await engagementAt('completion', 'Kiểm thử bàn giao')).id)
    const args = { engagement_id: id, kind: 'accounts_credentials', title: 'Tài khoản quản trị' }
    await refused('binh', 'add_handover_item', args, 'not_provider_actor', id)
    await refused('minh', 'add_handover_item', args, 'engagement_not_found', id)
    await refused('chi', 'add_handover_item', args, 'engagement_not_found', id)
    const item = await act(await persona('lan'), 'add_handover_item', args)
    assert.equal(await statusOf(id, 'P5'), 'open')

    const confirm = { handover_item_id: item.id }
    await refused('an', 'confirm_handover_item', confirm, 'handover_item_not_done', id)
    await refused(
      'lan',
      'transition_engagement',
      { engagement_id: id, to_step: 'acceptance', expected_version: (await engagement(id)).version },
      'handover_items_open',
      id,
    )
    await refused(
      'binh',
      'complete_handover_item',
      { handover_item_id: item.id, method: 'Phong bì' },
      'not_provider_actor',
      id,
    )
    await refused(
      'lan',
      'complete_handover_item',
      { handover_item_id: item.id },
      'handover_method_required',
      id,
    )
    await act(await persona('lan'), 'complete_handover_item', {
      handover_item_id: item.id,
      method: 'Trao tận tay, phong bì niêm phong',
    })
    await refused(
      'lan',
      'complete_handover_item',
      { handover_item_id: item.id, method: 'Lần nữa' },
      'handover_item_already_done',
      id,
    )

    const training = await act(await persona('manager'), 'add_handover_item', {
      engagement_id: id,
      kind: 'training_session',
      title: 'Đào tạo quản trị',
    })
    await refused(
      'lan',
      'complete_handover_item',
      { handover_item_id: training.id, training_on: '2026-12-01' },
      'training_details_required',
      id,
    )
    const done = await act(await persona('lan'), 'complete_handover_item', {
      handover_item_id: training.id,
      training_on: '2026-12-01',
      training_attendees: 'Anh An, chị Bình',
      training_minutes: 90,
    })
    assert.equal(done.training_minutes, 90)

    await refused('chi', 'confirm_handover_item', confirm, 'engagement_not_found', id)
    await refused('lan', 'confirm_handover_item', confirm, 'not_client_member', id)
    await act(await persona('binh'), 'confirm_handover_item', confirm)
    assert.equal(await statusOf(id, 'P5'), 'open', 'the training is not yet confirmed received')
    await refused('an', 'confirm_handover_item', confirm, 'handover_item_already_received', id)
    await act(await persona('an'), 'confirm_handover_item', { handover_item_id: training.id })
    assert.equal(await statusOf(id, 'P5'), 'met')

    await move(await persona('lan'), id, 'acceptance')
    assert.equal((await engagement(id)).step, 'acceptance')
  })
})

describe('the licence register (P7): kept by the provider, marked complete by the account manager', () => {
  test('a new asset reopens the register; hand-over waits for the mark', async () => {
    const id = String((await engagementAt('completion', 'Kiểm thử giấy phép')).id)
    assert.equal(await statusOf(id, 'P7'), 'met')
    const asset = {
      engagement_id: id,
      kind: 'plugin',
      name: 'WooCommerce Bookings',
      licence: 'GPL-3.0, gia hạn hằng năm',
      source: 'woocommerce.com',
      holder: 'client',
      cost_vnd: 6_000_000,
      expires_on: '2027-01-15',
    }
    await refused('an', 'add_licence_asset', asset, 'not_provider_actor', id)
    await refused('chi', 'add_licence_asset', asset, 'engagement_not_found', id)
    await refused('lan', 'add_licence_asset', { ...asset, cost_vnd: -1 }, 'invalid_amount', id)
    await act(await persona('lan'), 'add_licence_asset', asset)
    assert.equal(await statusOf(id, 'P7'), 'open', 'the new asset reopened the register')
    const version = (await engagement(id)).version
    await refused(
      'lan',
      'transition_engagement',
      { engagement_id: id, to_step: 'acceptance', expected_version: version },
      'licence_register_incomplete',
      id,
    )
    await refused('manager', 'complete_licence_register', { engagement_id: id }, 'not_account_manager', id)
    await refused('an', 'complete_licence_register', { engagement_id: id }, 'not_account_manager', id)
    await act(await persona('lan'), 'complete_licence_register', { engagement_id: id })
    await refused(
      'lan',
      'complete_licence_register',
      { engagement_id: id },
      'licence_register_already_complete',
      id,
    )
    assert.equal(await statusOf(id, 'P7'), 'met')
    await move(await persona('lan'), id, 'acceptance')
  })
})

describe('the change-request gate (C6)', () => {
  test('a change’s milestone waits for the approval and, when asked, the extra payment', async () => {
    const [lan, an, binh] = await Promise.all([persona('lan'), persona('an'), persona('binh')])
    const id = String((await engagementAt('implementation', 'Kiểm thử cổng thay đổi')).id)
    const change = await act(binh, 'submit_change_request', {
      engagement_id: id,
      title: 'Thêm trang tuyển dụng',
      description: 'Một trang đăng tin tuyển dụng có biểu mẫu ứng tuyển.',
    })
    const quoted = await act(lan, 'quote_change_request', {
      change_request_id: change.id,
      extra_price_vnd: 5_000_000,
      extra_days: 5,
    })
    const flagged = await serviceRole()
      .from('change_requests')
      .update({ pay_before_work: true })
      .eq('id', change.id)
    assert.equal(flagged.error, null)
    const inserted = await serviceRole()
      .from('milestones')
      .insert({
        engagement_id: id,
        title: 'Trang tuyển dụng',
        responsible: 'provider',
        position: 9,
        change_request_id: change.id,
      })
      .select()
      .single()
    assert.equal(inserted.error, null, 'a change’s milestone may be planned before approval')
    const milestone = inserted.data as Row

    await refused(
      'lan',
      'mark_milestone_done',
      { milestone_id: milestone.id },
      'change_request_awaiting_approval',
      id,
    )
    const started = await serviceRole()
      .from('milestones')
      .update({ started_at: new Date().toISOString() })
      .eq('id', milestone.id)
    assert.equal(
      started.error?.message,
      'change_request_awaiting_approval',
      'nobody starts it before approval',
    )

    const approved = await act(an, 'approve_change_request', {
      change_request_id: change.id,
      extra_price_vnd: quoted.extra_price_vnd,
      change_request_version: (
        await serviceRole().from('change_requests').select('version').eq('id', change.id).single()
      ).data?.version,
    })
    await refused(
      'lan',
      'mark_milestone_done',
      { milestone_id: milestone.id },
      'change_request_payment_pending',
      id,
    )
    await act(binh, 'submit_payment_proof', { payment_id: approved.payment_id, note: 'Đã chuyển khoản.' })
    await refused(
      'lan',
      'mark_milestone_done',
      { milestone_id: milestone.id },
      'change_request_payment_pending',
      id,
    )
    await act(lan, 'confirm_payment', { payment_id: approved.payment_id })
    const done = await act(lan, 'mark_milestone_done', { milestone_id: milestone.id })
    assert.equal(done.status, 'done')
  })
})

describe('the duties across engagements', () => {
  test('managers get a column per duty of every active engagement; others are refused', async () => {
    const manager = await persona('manager')
    const { data, error } = await manager.client.rpc('oversight_duties')
    assert.equal(error, null)
    const rows = (data ?? []) as Row[]
    const completion = rows.find((row) => row.engagement_id === PD_COMPLETION)
    assert.ok(completion)
    const ledger = await ledgerOf(PD_COMPLETION)
    for (const duty of DUTIES) assert.equal(completion[duty.toLowerCase()], ledger[duty]?.status, duty)
    const { data: active } = await serviceRole().from('engagements').select('id').eq('state', 'active')
    assert.equal(rows.length, active?.length)
    for (const name of ['lan', 'an'] as const) {
      const refusal = await call(await persona(name), 'oversight_duties', {})
      assert.equal(refusal.code, 'not_manager', name)
    }
  })

  test('the board filtered by an open duty shows exactly the engagements with it open', async () => {
    const manager = await persona('manager')
    const { data, error } = await manager.client.rpc('board_cards', { open_duty: 'P7', page_size: 100 })
    assert.equal(error, null)
    const shown = ((data ?? []) as Row[]).map((row) => String(row.id)).toSorted()
    const { data: open } = await serviceRole()
      .from('engagement_duties')
      .select('engagement_id')
      .eq('duty', 'P7')
      .eq('status', 'open')
    const { data: onBoard } = await serviceRole()
      .from('engagements')
      .select('id')
      .in('state', ['active', 'on_hold'])
      .in(
        'id',
        (open ?? []).map((row) => String(row.engagement_id)),
      )
    assert.deepEqual(shown, (onBoard ?? []).map((row) => String(row.id)).toSorted())
    assert.ok(shown.includes(PD_COMPLETION))
  })
})
