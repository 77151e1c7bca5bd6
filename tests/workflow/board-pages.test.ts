import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { anonClient, persona, serviceRole, type DemoName } from '../support/personas.ts'

// board_cards and board_filter_options (20261201000300_board_pages.sql): the board's counts, totals
// and pages under RLS, checked against what service_role reads from engagements directly.

type Card = {
  id: string
  step: string
  step_entered_at: string
  client_id: string
  column_count: number
  column_total_vnd: number
}
type Engagement = {
  id: string
  step: string
  state: string
  client_id: string
  account_manager_id: string | null
  agreed_price_vnd: number | null
  step_entered_at: string
}

async function openEngagements(): Promise<Engagement[]> {
  const { data, error } = await serviceRole()
    .from('engagements')
    .select('id, step, state, client_id, account_manager_id, agreed_price_vnd, step_entered_at')
    .in('state', ['active', 'on_hold'])
  if (error) throw error
  return data
}

async function boardAs(name: DemoName, args: Record<string, unknown> = {}): Promise<Card[]> {
  const { data, error } = await (await persona(name)).client.rpc('board_cards', args)
  if (error) throw error
  return data
}

function columnsOf(engagements: Engagement[]): Map<string, { count: number; totalVnd: number }> {
  const columns = new Map<string, { count: number; totalVnd: number }>()
  for (const engagement of engagements) {
    const column = columns.get(engagement.step) ?? { count: 0, totalVnd: 0 }
    columns.set(engagement.step, {
      count: column.count + 1,
      totalVnd: column.totalVnd + (engagement.agreed_price_vnd ?? 0),
    })
  }
  return columns
}

function shownColumns(cards: Card[]): Map<string, { count: number; totalVnd: number }> {
  return new Map(
    cards.map((card) => [card.step, { count: card.column_count, totalVnd: card.column_total_vnd }]),
  )
}

describe('board_cards', () => {
  test('counts and totals each column exactly as the rows each staff member may see', async () => {
    const all = await openEngagements()
    for (const name of ['manager', 'admin', 'lan', 'minh'] as const) {
      const me = await persona(name)
      const mine =
        name === 'lan' || name === 'minh' ? all.filter((row) => row.account_manager_id === me.userId) : all
      const cards = await boardAs(name, { page_size: 2 })
      assert.deepEqual(shownColumns(cards), columnsOf(mine), name)
      assert.ok(
        cards.every((card) => mine.some((row) => row.id === card.id)),
        name,
      )
    }
  })

  test("shows a client user only their client's engagements", async () => {
    const an = await persona('an')
    const { data: member } = await an.client
      .from('client_members')
      .select('client_id')
      .eq('user_id', an.userId)
      .single()
    const cards = await boardAs('an')
    assert.ok(cards.length > 0)
    assert.ok(cards.every((card) => card.client_id === member?.client_id))
  })

  test('pages one column with the cursor of its last card: every card once, in the board order', async () => {
    const all = await openEngagements()
    const column = [...columnsOf(all)].toSorted((a, b) => b[1].count - a[1].count)[0]![0]
    const expected = all
      .filter((row) => row.step === column)
      .toSorted(
        (a, b) => Date.parse(a.step_entered_at) - Date.parse(b.step_entered_at) || a.id.localeCompare(b.id),
      )
      .map((row) => row.id)
    const first = (await boardAs('manager', { page_size: 1 })).filter((card) => card.step === column)
    const seen = first.map((card) => card.id)
    let last = first.at(-1)
    while (last) {
      const page = await boardAs('manager', {
        step: column,
        after_step_entered_at: last.step_entered_at,
        after_id: last.id,
        page_size: 1,
      })
      assert.ok(page.every((card) => card.step === column && card.column_count === expected.length))
      seen.push(...page.map((card) => card.id))
      last = page.at(-1)
    }
    assert.deepEqual(seen, expected)
  })

  test('refuses anonymous callers', async () => {
    const { error } = await anonClient().rpc('board_cards', {})
    assert.equal(error?.code, '42501')
  })
})

describe('board_filter_options', () => {
  test("lists the clients and account managers of an account manager's own engagements", async () => {
    const lan = await persona('lan')
    const { data, error } = await lan.client.rpc('board_filter_options', {})
    assert.equal(error, null)
    const mine = (await openEngagements()).filter((row) => row.account_manager_id === lan.userId)
    const clients = data
      .filter((row: { kind: string }) => row.kind === 'client')
      .map((row: { value: string }) => row.value)
    assert.deepEqual(clients.toSorted(), [...new Set(mine.map((row) => row.client_id))].toSorted())
    assert.deepEqual(
      data
        .filter((row: { kind: string }) => row.kind === 'account_manager')
        .map((row: { value: string }) => row.value),
      [lan.userId],
    )
  })
})
