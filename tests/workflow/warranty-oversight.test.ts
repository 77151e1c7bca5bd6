import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { anonClient, persona, serviceRole } from '../support/personas.ts'
import { act, call } from './support/journey.ts'
import type { Row } from './support/world.ts'

// Phương Đông's and Sao Biển's engagements in warranty (docs/database.md).
const PHUONG_DONG_WARRANTY = 'e0000000-0000-4000-8000-000000000107'
const SAO_BIEN_WARRANTY = 'e0000000-0000-4000-8000-000000000207'
const SAO_BIEN = 'c0000000-0000-4000-8000-000000000002'
const LAN = 'a0000000-0000-4000-8000-000000000003'
const MANAGER = 'a0000000-0000-4000-8000-000000000002'

async function openClaim(who: 'binh' | 'chi', engagementId: string, title: string): Promise<Row> {
  return act(await persona(who), 'open_warranty_claim', {
    engagement_id: engagementId,
    title: `${title} ${Date.now()}`,
    description: 'Kiểm thử hàng đợi bảo hành',
  })
}

async function queueRow(id: unknown): Promise<Row | undefined> {
  const rows = (await act(await persona('manager'), 'warranty_queue', {})) as unknown as Row[]
  return rows.find((row) => row.id === id)
}

async function summary(): Promise<Row> {
  const rows = (await act(await persona('manager'), 'oversight_warranty_summary', {})) as unknown as Row[]
  return rows[0] as Row
}

const DASHBOARD = [
  ['oversight_steps', {}],
  ['oversight_overdue_payments', {}],
  ['oversight_sla_breaches', { days: 30 }],
  ['oversight_warranties_ending', { days: 30 }],
  ['oversight_change_requests_waiting', {}],
  ['oversight_warranty_summary', {}],
  ['warranty_queue', {}],
] as const

/** The claim ids this person reads in the per-claim SLA view. */
async function seenBy(name: 'lan' | 'chi'): Promise<string[]> {
  const { data, error } = await (await persona(name)).client.from('warranty_claim_sla').select('id')
  assert.equal(error, null)
  return (data ?? []).map((row) => String(row.id)).toSorted()
}

describe('warranty queue and oversight: who may read them', () => {
  for (const [fn, args] of DASHBOARD) {
    test(`${fn}: managers and admins read it; account managers and clients are refused; anon cannot call it`, async () => {
      for (const name of ['manager', 'admin'] as const) {
        assert.equal((await call(await persona(name), fn, args)).code, null, `${name} ${fn}`)
      }
      for (const name of ['lan', 'minh', 'an', 'chi'] as const) {
        const outcome = await call(await persona(name), fn, args)
        assert.equal(outcome.code, 'not_manager', `${name} ${fn}`)
        assert.equal(outcome.detail?.waiting_on, 'provider')
      }
      const { error } = await anonClient().rpc(fn, args)
      assert.ok(error, `anon ${fn}`)
    })
  }

  test('the per-claim SLA view follows the claims table: Lan sees her engagements only, Chi her client only', async () => {
    const lan = await persona('lan')
    const claims = await serviceRole()
      .from('warranty_claims')
      .select('id, engagements!inner(account_manager_id, client_id)')
    assert.equal(claims.error, null)
    const rows = (claims.data ?? []) as unknown as {
      id: string
      engagements: { account_manager_id: string | null; client_id: string }
    }[]
    const idsWhere = (keep: (row: (typeof rows)[number]) => boolean) =>
      rows
        .filter(keep)
        .map((row) => row.id)
        .toSorted()
    const lanSees = await seenBy('lan')
    assert.ok(lanSees.length > 0)
    assert.deepEqual(
      lanSees,
      idsWhere((row) => row.engagements.account_manager_id === lan.userId),
    )
    assert.deepEqual(
      await seenBy('chi'),
      idsWhere((row) => row.engagements.client_id === SAO_BIEN),
    )
  })
})

/** How many change requests wait on the provider, from the oversight view's rows. */
const submitted = (rows: Row[]) => Number(rows.find((r) => r.status === 'submitted')?.requests)

describe('warranty queue: triage, assignment, resolution', () => {
  test('a new claim is open, unassigned, on track, with the normal SLA until triaged', async () => {
    const claim = await openClaim('binh', PHUONG_DONG_WARRANTY, 'Hàng đợi')
    const row = await queueRow(claim.id)
    assert.ok(row, 'the new claim is in the queue')
    assert.equal(row.status, 'open')
    assert.equal(row.assigned_to, null)
    assert.equal(row.sla_status, 'on_track')
    assert.equal(row.paused, false)
    assert.equal(Date.parse(String(row.next_due_at)) - Date.parse(String(claim.opened_at)), 24 * 3600 * 1000)
  })

  test('triage, assignment and resolution move the claim through the queue and the dashboard figures', async () => {
    const before = await summary()
    const claim = await openClaim('binh', PHUONG_DONG_WARRANTY, 'Vòng đời')
    const afterOpen = await summary()
    assert.equal(Number(afterOpen.open_claims), Number(before.open_claims) + 1)
    assert.equal(Number(afterOpen.unassigned), Number(before.unassigned) + 1)

    const manager = await persona('manager')
    const triaged = await act(manager, 'triage_warranty_claim', {
      claim_id: claim.id,
      coverage: 'in_warranty',
      priority: 'critical',
      assigned_to: LAN,
    })
    assert.equal(
      Date.parse(String(triaged.resolution_due_at)) - Date.parse(String(triaged.opened_at)),
      24 * 3600 * 1000,
    )
    const row = await queueRow(claim.id)
    assert.equal(row?.assignee_name, 'Nguyễn Thị Lan')
    assert.equal(row?.priority, 'critical')
    assert.equal(Number((await summary()).unassigned), Number(before.unassigned))

    const lan = await persona('lan')
    const mine = await lan.client.from('warranty_claim_sla').select('id, sla_status').eq('assigned_to', LAN)
    assert.ok(
      mine.data?.some((r) => r.id === claim.id),
      'the assignee sees the claim with its SLA',
    )
    await act(lan, 'resolve_warranty_claim', { claim_id: claim.id, resolution: 'Đã sửa.' })
    assert.equal(await queueRow(claim.id), undefined, 'a resolved claim leaves the open queue')
    const after = await summary()
    assert.equal(Number(after.open_claims), Number(before.open_claims))
    assert.equal(Number(after.resolved_last_30_days), Number(before.resolved_last_30_days) + 1)
  })

  test('the suggestion is the engagement account manager, among staff who may take them all', async () => {
    const claim = await openClaim('chi', SAO_BIEN_WARRANTY, 'Gợi ý')
    const rows = (await act(await persona('manager'), 'warranty_assignee_suggestions', {
      claim_ids: [claim.id],
    })) as unknown as Row[]
    const names = rows.map((r) => r.full_name)
    assert.ok(
      names.includes('Lê Văn Minh') && !names.includes('Nguyễn Thị Lan'),
      'Minh (their AM) and managers only',
    )
    assert.equal(rows[0]?.full_name, 'Lê Văn Minh')
    assert.deepEqual(
      rows.filter((r) => r.suggested).map((r) => r.full_name),
      ['Lê Văn Minh'],
    )
    const others = rows.slice(1).map((r) => Number(r.open_claims))
    assert.deepEqual(
      others,
      others.toSorted((a, b) => a - b),
      'then the least loaded first',
    )
  })

  test('bulk assignment assigns all claims, or none when one assignee is not allowed', async () => {
    const manager = await persona('manager')
    const a = await openClaim('binh', PHUONG_DONG_WARRANTY, 'Giao loạt A')
    const b = await openClaim('chi', SAO_BIEN_WARRANTY, 'Giao loạt B')
    const refused = await call(manager, 'assign_warranty_claims', {
      claim_ids: [a.id, b.id],
      assigned_to: LAN,
    })
    assert.equal(refused.code, 'assignee_not_allowed')
    const { data } = await serviceRole().from('warranty_claims').select('assigned_to').in('id', [a.id, b.id])
    assert.ok(
      data?.every((r) => r.assigned_to === null),
      'nothing changed',
    )
    const assigned = (await act(manager, 'assign_warranty_claims', {
      claim_ids: [a.id, b.id],
      assigned_to: MANAGER,
    })) as unknown as Row[]
    assert.equal(assigned.length, 2)
    assert.equal(
      (await call(manager, 'assign_warranty_claims', { claim_ids: [], assigned_to: MANAGER })).code,
      'claims_required',
    )
    assert.equal(
      (await call(await persona('lan'), 'assign_warranty_claims', { claim_ids: [a.id], assigned_to: LAN }))
        .code,
      'not_manager',
    )
  })

  test('escalation raises the priority one level and the due times follow; only managers escalate', async () => {
    const claim = await openClaim('binh', PHUONG_DONG_WARRANTY, 'Nâng mức')
    assert.equal(
      (await call(await persona('lan'), 'escalate_warranty_claim', { claim_id: claim.id, reason: 'Gấp' }))
        .code,
      'not_manager',
    )
    assert.equal(
      (await call(await persona('manager'), 'escalate_warranty_claim', { claim_id: claim.id, reason: ' ' }))
        .code,
      'reason_required',
    )
    const escalated = await act(await persona('manager'), 'escalate_warranty_claim', {
      claim_id: claim.id,
      reason: 'Khách hàng lớn',
    })
    assert.equal(escalated.priority, 'high')
    assert.equal(escalated.escalation_count, 1)
    assert.equal(
      Date.parse(String(escalated.response_due_at)) - Date.parse(String(escalated.opened_at)),
      8 * 3600 * 1000,
    )
  })

  test('a claim judged a change request becomes one in a single call, linked to the claim', async () => {
    const before = (await act(
      await persona('manager'),
      'oversight_change_requests_waiting',
      {},
    )) as unknown as Row[]
    const claim = await openClaim('binh', PHUONG_DONG_WARRANTY, 'Thêm tính năng')
    const converted = await act(await persona('manager'), 'triage_warranty_claim', {
      claim_id: claim.id,
      coverage: 'change_request',
      priority: 'normal',
    })
    assert.equal(converted.status, 'converted')
    const { data } = await serviceRole()
      .from('change_requests')
      .select('id, title, status')
      .eq('id', String(converted.change_request_id))
      .single()
    assert.equal(data?.title, claim.title)
    assert.equal(data?.status, 'submitted')
    const after = (await act(
      await persona('manager'),
      'oversight_change_requests_waiting',
      {},
    )) as unknown as Row[]
    assert.equal(submitted(after), submitted(before) + 1, 'one more change request waits on the provider')
  })
})
