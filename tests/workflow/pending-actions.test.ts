import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona, serviceRole, type DemoName } from '../support/personas.ts'
import { PHUONG_DONG, SAO_BIEN, act, engagement, engagementAt, move, rowsOf } from './support/journey.ts'
import type { Row } from './support/world.ts'

// pending_actions is the one list of what each side must do next, derived by the database from
// the records; whose_move is read from the same rows, so a board and a to-do list never disagree.
const COLUMNS = 'engagement_id,kind,subject_id,side,actor,actor_id,since,due_at,note,blocking'
const APPROVER_ONLY = ['decide_quote', 'decide_change_request', 'decide_acceptance']
const MEMBER_KINDS = [
  'pay',
  'provide_requirement',
  'confirm_requirement',
  'complete_milestone',
  'answer_claim',
  'confirm_fix',
]

async function actionsAs(name: DemoName | 'service'): Promise<Row[]> {
  const client = name === 'service' ? serviceRole() : (await persona(name)).client
  const { data, error } = await client
    .from('pending_actions')
    .select(COLUMNS)
    .order('engagement_id')
    .order('kind')
    .order('subject_id')
  assert.equal(error, null)
  return (data ?? []) as Row[]
}

async function actionsOf(id: string): Promise<Row[]> {
  return (await actionsAs('service')).filter((row) => row.engagement_id === id)
}

const kindsOf = (rows: Row[]): string[] =>
  rows.map((row) => `${String(row.side)}:${String(row.kind)}`).toSorted()

/** The rule of product.md: the client's move when it has an action and no provider action blocks it. */
function sideOf(rows: Row[]): string {
  const provider = rows.filter((row) => row.side === 'provider')
  if (rows.some((row) => row.side === 'client') && !provider.some((row) => row.blocking === true))
    return 'client'
  return provider.length > 0 ? 'provider' : 'none'
}

// The seeded engagements by code, each in a step and sub-state, and the actions it has there.
const SEEDED: Record<string, string[]> = {
  'TS-2026-0001': ['provider:review_request'],
  'TS-2026-0002': ['client:decide_quote'],
  'TS-2026-0003': ['provider:start_work'],
  'TS-2026-0004': [
    'client:complete_milestone',
    'client:confirm_requirement',
    'provider:confirm_payment',
    'provider:finish_implementation',
  ],
  'TS-2026-0005': ['provider:hand_over', 'provider:quote_change_request'],
  'TS-2026-0006': ['client:decide_acceptance', 'provider:confirm_payment'],
  'TS-2026-0007': ['client:answer_claim', 'provider:resolve_claim'],
  'TS-2026-0008': [],
  'TS-2026-0009': [],
  'TS-2026-0010': [],
  'TS-2026-0011': [],
  'TS-2026-0012': ['client:provide_requirement', 'provider:review_request'],
  'TS-2026-0013': ['client:decide_quote'],
  'TS-2026-0014': ['provider:start_work'],
  'TS-2026-0015': [
    'client:complete_milestone',
    'client:decide_change_request',
    'client:pay',
    'provider:finish_implementation',
  ],
  // Its theme's licence ends within the warranty: the account manager renews it (P7).
  'TS-2026-0016': ['provider:hand_over', 'provider:renew_licence'],
  'TS-2026-0017': ['client:decide_acceptance'],
  'TS-2026-0018': [
    'client:confirm_fix',
    'client:pay',
    'provider:deliver_change_request',
    'provider:triage_claim',
  ],
}

async function seededEngagements(): Promise<Row[]> {
  const { data, error } = await serviceRole()
    .from('engagements')
    .select('id,code,client_id,state,whose_move')
    .in('code', Object.keys(SEEDED))
  assert.equal(error, null)
  return (data ?? []) as Row[]
}

describe('pending actions of the seed', () => {
  test('each seeded step and sub-state has exactly its actions; only active engagements have any', async () => {
    const all = await actionsAs('service')
    for (const row of await seededEngagements()) {
      const code = String(row.code)
      assert.deepEqual(
        kindsOf(all.filter((action) => action.engagement_id === row.id)),
        SEEDED[code]!.toSorted(),
        code,
      )
      if (row.state !== 'active') assert.equal(row.whose_move, 'none', code)
    }
  })

  test('whose_move is the side of the open actions, for every engagement', async () => {
    const { data, error } = await serviceRole().from('engagements').select('id,code,state,whose_move')
    assert.equal(error, null)
    const all = await actionsAs('service')
    for (const row of (data ?? []) as Row[]) {
      const side =
        row.state === 'active' ? sideOf(all.filter((action) => action.engagement_id === row.id)) : 'none'
      assert.equal(row.whose_move, side, String(row.code))
    }
  })

  test("every persona sees the actions of the engagements they see, and a client never another client's", async () => {
    const all = await actionsAs('service')
    const clientOf = new Map((await seededEngagements()).map((row) => [row.id, row.client_id]))
    for (const name of ['admin', 'manager', 'lan', 'minh', 'an', 'binh', 'chi'] as const) {
      const { data, error } = await (await persona(name)).client.from('engagements').select('id')
      assert.equal(error, null)
      const visible = new Set(((data ?? []) as Row[]).map((row) => row.id))
      const seen = await actionsAs(name)
      assert.deepEqual(
        seen,
        all.filter((row) => visible.has(row.engagement_id)),
        name,
      )
      const own = { an: PHUONG_DONG, binh: PHUONG_DONG, chi: SAO_BIEN } as Record<string, string>
      if (own[name]) {
        for (const row of seen) {
          const client = clientOf.get(row.engagement_id)
          if (client) assert.equal(client, own[name], `${name} sees an action of another client`)
        }
      }
    }
  })

  test("approver-only actions say so; a member's own actions are ones a member may take", async () => {
    const seen = await actionsAs('binh')
    assert.ok(
      seen.some((row) => APPROVER_ONLY.includes(String(row.kind))),
      'the seed shows Bình approver actions',
    )
    for (const row of seen) {
      if (APPROVER_ONLY.includes(String(row.kind)))
        assert.equal(row.actor, 'client_approver', String(row.kind))
      if (row.actor === 'client_member') assert.ok(MEMBER_KINDS.includes(String(row.kind)), String(row.kind))
    }
  })
})

describe('pending actions as the workflow moves', () => {
  test("a rejection at acceptance is the provider's move, fix_rejection with the reason, until the next hand-over", async () => {
    const [lan, an] = await Promise.all([persona('lan'), persona('an')])
    const id = String((await engagementAt('acceptance', 'Kiểm thử từ chối nghiệm thu')).id)
    assert.deepEqual(kindsOf(await actionsOf(id)), ['client:decide_acceptance'])
    await move(an, id, 'implementation', 'Biểu mẫu liên hệ chưa gửi được.')
    // A client to-do added meanwhile does not take the move from the provider.
    await act(lan, 'request_requirement', { engagement_id: id, title: 'Địa chỉ nhận biểu mẫu' })
    const actions = await actionsOf(id)
    const fix = actions.find((row) => row.kind === 'fix_rejection')
    assert.equal(fix?.side, 'provider')
    assert.equal(fix?.note, 'Biểu mẫu liên hệ chưa gửi được.')
    assert.ok(actions.some((row) => row.kind === 'provide_requirement'))
    const rejected = await engagement(id)
    assert.deepEqual([rejected.whose_move, rejected.whose_move_reason], ['provider', 'fix_rejection'])

    await move(lan, id, 'completion')
    await move(lan, id, 'acceptance')
    const handedOver = await engagement(id)
    assert.equal(handedOver.whose_move, 'client')
    assert.ok(Number(handedOver.provider_wait_seconds) >= 0)
    assert.ok(!(await actionsOf(id)).some((row) => row.kind === 'fix_rejection'))
  })

  test('a balance due at acceptance is no pay action before acceptance, and one after', async () => {
    const an = await persona('an')
    const id = String((await engagementAt('acceptance', 'Kiểm thử thanh toán khi nghiệm thu')).id)
    const balance = (await rowsOf('payments', id)).find((row) => row.due_before_start !== true)
    assert.equal(balance?.due_condition, 'at_acceptance')
    assert.equal(balance?.status, 'due')
    assert.ok(!(await actionsOf(id)).some((row) => row.kind === 'pay'))
    await move(an, id, 'warranty')
    const pay = (await actionsOf(id)).find((row) => row.kind === 'pay')
    assert.deepEqual([pay?.subject_id, pay?.side, pay?.actor], [balance?.id, 'client', 'client_member'])
    const accepted = await engagement(id)
    assert.deepEqual([accepted.whose_move, accepted.whose_move_reason], ['client', 'payment_due'])
  })
})

const actionKey = (row: Row) => `${String(row.engagement_id)}:${String(row.kind)}:${String(row.subject_id)}`

describe('my_tasks ("My tasks" on the board)', () => {
  test('is exactly the provider actions of pending_actions that are the caller’s, for every member of staff', async () => {
    for (const name of ['lan', 'minh', 'manager', 'admin'] as const) {
      const who = await persona(name)
      const isManager = name === 'manager' || name === 'admin'
      const view = who.client
        .from('pending_actions')
        .select('engagement_id, kind, subject_id')
        .eq('side', 'provider')
      const { data: expected, error } = await (
        isManager ? view.or(`actor.eq.manager,actor_id.eq.${who.userId}`) : view.eq('actor_id', who.userId)
      ).limit(1000)
      assert.equal(error, null)
      const { data: tasks, error: failed } = await who.client.rpc('my_tasks', { max_rows: 1000 })
      assert.equal(failed, null)
      const rows = (tasks ?? []) as Row[]
      assert.deepEqual(
        rows.map(actionKey).toSorted(),
        ((expected ?? []) as Row[]).map(actionKey).toSorted(),
        name,
      )
      const since = rows.map((row) => String(row.since))
      assert.deepEqual(since, since.toSorted(), `${name}: oldest first`)
    }
    const { data: clientTasks } = await (await persona('an')).client.rpc('my_tasks', { max_rows: 1000 })
    assert.deepEqual(clientTasks, [], 'a client has no provider tasks')
  })
})
