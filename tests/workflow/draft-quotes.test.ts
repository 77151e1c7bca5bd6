import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona } from '../support/personas.ts'
import { LANDING_PAGE, act, engagement, engagementAt, rowsOf } from './support/journey.ts'
import type { Row } from './support/world.ts'

// A draft quote is the provider's work in progress for its whole life: the client never reads a
// quote that was never sent, whatever became of it, and saving a draft never withdraws the quote
// the client is deciding on.
const draftOf = (id: string, scope: string) => ({
  engagement_id: id,
  package_id: LANDING_PAGE.id,
  price_vnd: 9_000_000,
  scope,
  milestones: [{ title: 'Thiết kế' }],
  draft: true,
})
const INTERNAL_SCOPE = 'Ghi chú nội bộ: giá sàn 9 triệu, không giảm thêm.'

async function clientQuotes(id: string): Promise<Row[]> {
  const { data, error } = await (
    await persona('an')
  ).client
    .from('quotes')
    .select('id,status,scope')
    .eq('engagement_id', id)
  assert.equal(error, null)
  return (data ?? []) as Row[]
}

describe("draft quotes stay the provider's", () => {
  test('saving a draft leaves the sent quote sent, the whose-move and the version as they were', async () => {
    const id = String((await engagementAt('agreement')).id)
    const before = { engagement: await engagement(id), quotes: await rowsOf('quotes', id) }
    const draft = await act(await persona('lan'), 'send_quote', draftOf(id, INTERNAL_SCOPE))
    const quotes = await rowsOf('quotes', id)
    assert.deepEqual(
      quotes.filter((row) => row.id !== draft.id),
      before.quotes,
      'the sent quote is untouched',
    )
    const after = await engagement(id)
    assert.deepEqual(
      [after.version, after.whose_move, after.whose_move_reason],
      [before.engagement.version, 'client', 'quote_sent'],
    )
    assert.deepEqual(
      (await clientQuotes(id)).map((row) => row.id),
      before.quotes.map((row) => row.id),
    )

    // The approver still accepts the quote they were reading.
    const [sent] = before.quotes as [Row]
    const moved = await act(await persona('an'), 'transition_engagement', {
      engagement_id: id,
      to_step: 'payment',
      expected_version: before.engagement.version,
      quote_id: sent.id,
      quote_version: sent.version,
    })
    assert.equal(moved.accepted_quote_id, sent.id)
  })

  test('a draft superseded by sending a quote stays invisible to the client', async () => {
    const id = String((await engagementAt('agreement')).id)
    const lan = await persona('lan')
    const draft = await act(lan, 'send_quote', draftOf(id, INTERNAL_SCOPE))
    const newerDraft = await act(lan, 'send_quote', draftOf(id, `${INTERNAL_SCOPE} (bản 2)`))
    const sent = await act(lan, 'send_quote', { ...draftOf(id, 'Trang giới thiệu sản phẩm.'), draft: false })
    const statuses = Object.fromEntries(
      (await rowsOf('quotes', id)).map((row) => [String(row.id), [row.status, row.sent_at === null]]),
    )
    assert.deepEqual(
      [statuses[String(draft.id)], statuses[String(newerDraft.id)]],
      [
        ['superseded', true],
        ['superseded', true],
      ],
    )

    const seen = await clientQuotes(id)
    assert.ok(seen.some((row) => row.id === sent.id))
    assert.deepEqual(
      seen.filter((row) => row.id === draft.id || row.id === newerDraft.id),
      [],
    )
    assert.deepEqual(
      seen.filter((row) => String(row.scope).includes('nội bộ')),
      [],
    )
    const members = (await persona('binh')).client
    const { data } = await members
      .from('quotes')
      .select('id')
      .in('id', [String(draft.id), String(newerDraft.id)])
    assert.deepEqual(data, [])
  })

  test('the seeded draft of the on-hold engagement is invisible to the client', async () => {
    const { data, error } = await (
      await persona('an')
    ).client
      .from('quotes')
      .select('id')
      .eq('id', 'd1010000-0000-4000-8000-000000000108')
    assert.equal(error, null)
    assert.deepEqual(data, [])
  })
})
