import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { persona, serviceRole } from '../support/personas.ts'
import { act, call } from './support/journey.ts'
import type { Row } from './support/world.ts'

// Phương Đông's (AM Lan) and Sao Biển's (AM Minh) engagements in warranty (docs/database.md).
const PHUONG_DONG_WARRANTY = 'e0000000-0000-4000-8000-000000000107'
const SAO_BIEN_WARRANTY = 'e0000000-0000-4000-8000-000000000207'
const LAN = 'a0000000-0000-4000-8000-000000000003'
const MINH = 'a0000000-0000-4000-8000-000000000004'

async function openClaim(who: 'binh' | 'chi', engagementId: string, title: string): Promise<Row> {
  return act(await persona(who), 'open_warranty_claim', {
    engagement_id: engagementId,
    title: `${title} ${Date.now()}`,
    description: 'Kiểm thử câu hỏi bảo hành',
  })
}

async function claimRow(id: unknown): Promise<Row> {
  const { data, error } = await serviceRole().from('warranty_claims').select('*').eq('id', id).single()
  assert.equal(error, null)
  return data as Row
}

async function suggestions(claimIds: unknown[]): Promise<Row[]> {
  return (await act(await persona('manager'), 'warranty_assignee_suggestions', {
    claim_ids: claimIds,
  })) as unknown as Row[]
}

/** A claim of Phương Đông triaged to Lan, in progress. */
async function claimInProgress(title: string): Promise<Row> {
  const claim = await openClaim('binh', PHUONG_DONG_WARRANTY, title)
  return act(await persona('manager'), 'triage_warranty_claim', {
    claim_id: claim.id,
    coverage: 'in_warranty',
    priority: 'normal',
  })
}

describe('warranty triage: the engagement account manager is the default', () => {
  test("a claim's suggestion is its engagement's account manager, listed first, for each client", async () => {
    for (const [who, engagementId, manager] of [
      ['binh', PHUONG_DONG_WARRANTY, LAN],
      ['chi', SAO_BIEN_WARRANTY, MINH],
    ] as const) {
      const claim = await openClaim(who, engagementId, 'Mặc định')
      const rows = await suggestions([claim.id])
      assert.equal(rows[0]?.user_id, manager, `${who}: the AM first`)
      assert.deepEqual(
        rows.filter((row) => row.suggested).map((row) => row.user_id),
        [manager],
        `${who}: only the AM is suggested`,
      )
    }
  })

  test('claims of different account managers fall back to the least loaded manager', async () => {
    const lanClaim = await openClaim('binh', PHUONG_DONG_WARRANTY, 'Hai AM')
    const minhClaim = await openClaim('chi', SAO_BIEN_WARRANTY, 'Hai AM')
    const rows = await suggestions([lanClaim.id, minhClaim.id])
    assert.ok(
      rows.every((row) => row.user_id !== LAN && row.user_id !== MINH),
      'neither AM may take both',
    )
    const fewest = Math.min(...rows.map((row) => Number(row.open_claims)))
    assert.ok(rows.some((row) => row.suggested))
    assert.ok(rows.filter((row) => row.suggested).every((row) => Number(row.open_claims) === fewest))
  })

  test('triage without an assignee gives the claim to the account manager', async () => {
    const triaged = await claimInProgress('Không chọn')
    assert.equal(triaged.assigned_to, LAN)
    assert.equal(triaged.status, 'in_progress')
  })

  test('account managers and clients may not read the suggestions', async () => {
    const claim = await openClaim('binh', PHUONG_DONG_WARRANTY, 'Gợi ý bị từ chối')
    for (const name of ['lan', 'binh'] as const) {
      const outcome = await call(await persona(name), 'warranty_assignee_suggestions', {
        claim_ids: [claim.id],
      })
      assert.equal(outcome.code, 'not_manager', name)
    }
  })
})

describe('warranty questions: staff ask in the claim, the client answers in it', () => {
  test('the assignee asks; the SLA pauses; the client answers; the answer is kept and the clock resumes', async () => {
    const claim = await claimInProgress('Câu hỏi')
    const lan = await persona('lan')
    const asked = await act(lan, 'request_claim_information', {
      claim_id: claim.id,
      question: '  Lỗi xảy ra trên trình duyệt nào?  ',
    })
    assert.equal(asked.status, 'waiting_on_client')
    assert.equal(asked.client_question, 'Lỗi xảy ra trên trình duyệt nào?')
    assert.equal(asked.client_answer, null)
    const paused = await lan.client
      .from('warranty_claim_sla')
      .select('paused, client_question')
      .eq('id', claim.id)
    assert.deepEqual(paused.data, [{ paused: true, client_question: 'Lỗi xảy ra trên trình duyệt nào?' }])

    const binh = await persona('binh')
    const answered = await act(binh, 'provide_claim_information', {
      claim_id: claim.id,
      answer: 'Chrome 131',
    })
    assert.equal(answered.status, 'in_progress')
    assert.equal(answered.client_answer, 'Chrome 131')
    assert.equal(answered.client_answered_by, binh.userId)
    assert.ok(answered.client_answered_at)
    assert.equal(answered.waiting_on_client_since, null)
    assert.ok(Number(answered.client_wait_seconds) >= 0)
    assert.ok(
      Date.parse(String(answered.resolution_due_at)) >= Date.parse(String(claim.resolution_due_at)),
      'the due time moves back by the wait',
    )

    const seenByClient = await binh.client
      .from('warranty_claims')
      .select('client_question, client_answer')
      .eq('id', claim.id)
    assert.deepEqual(seenByClient.data, [
      { client_question: 'Lỗi xảy ra trên trình duyệt nào?', client_answer: 'Chrome 131' },
    ])
    const seenByAssignee = await lan.client
      .from('warranty_claim_sla')
      .select('client_answer')
      .eq('id', claim.id)
    assert.deepEqual(seenByAssignee.data, [{ client_answer: 'Chrome 131' }])
    const seenByOtherClient = await (
      await persona('chi')
    ).client
      .from('warranty_claims')
      .select('id')
      .eq('id', claim.id)
    assert.deepEqual(seenByOtherClient.data, [], "another client's user sees nothing")
  })

  test('a manager may ask too, and a new question clears the previous answer', async () => {
    const claim = await claimInProgress('Hai vòng')
    const manager = await persona('manager')
    await act(manager, 'request_claim_information', { claim_id: claim.id, question: 'Câu hỏi một' })
    await act(await persona('an'), 'provide_claim_information', { claim_id: claim.id, answer: 'Trả lời một' })
    const again = await act(manager, 'request_claim_information', {
      claim_id: claim.id,
      question: 'Câu hỏi hai',
    })
    assert.equal(again.client_question, 'Câu hỏi hai')
    assert.equal(again.client_answer, null)
    assert.equal(again.client_answered_at, null)
  })

  test('refusals change nothing: outsiders, clients asking, staff answering, empty text, wrong status', async () => {
    const claim = await claimInProgress('Từ chối')
    const before = await claimRow(claim.id)
    const refusals: [Parameters<typeof persona>[0], string, Record<string, unknown>, string][] = [
      ['minh', 'request_claim_information', { claim_id: claim.id, question: 'x' }, 'engagement_not_found'],
      ['chi', 'request_claim_information', { claim_id: claim.id, question: 'x' }, 'engagement_not_found'],
      ['binh', 'request_claim_information', { claim_id: claim.id, question: 'x' }, 'not_claim_assignee'],
      ['lan', 'request_claim_information', { claim_id: claim.id, question: '   ' }, 'question_required'],
      ['binh', 'provide_claim_information', { claim_id: claim.id, answer: 'x' }, 'claim_wrong_status'],
    ]
    for (const [name, fn, args, code] of refusals) {
      const outcome = await call(await persona(name), fn, args)
      assert.equal(outcome.code, code, `${name} ${fn}`)
    }
    await act(await persona('lan'), 'request_claim_information', {
      claim_id: claim.id,
      question: 'Cần ảnh chụp',
    })
    const waiting = await claimRow(claim.id)
    for (const name of ['lan', 'manager'] as const) {
      const outcome = await call(await persona(name), 'provide_claim_information', {
        claim_id: claim.id,
        answer: 'x',
      })
      assert.ok(outcome.code, `${name} may not answer for the client`)
    }
    const empty = await call(await persona('binh'), 'provide_claim_information', {
      claim_id: claim.id,
      answer: ' ',
    })
    assert.equal(empty.code, 'response_required')
    assert.deepEqual(await claimRow(claim.id), waiting, 'refused answers changed nothing')
    assert.equal(before.status, 'in_progress')
  })
})
