import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona, serviceRole, type DemoName } from '../support/personas.ts'
import { act, call, engagementAt, move } from './support/journey.ts'

// After a rejection at acceptance TAMS owes the fixes: each reason (one per line) is ticked in the
// database by the account manager or a manager, and everyone on the engagement sees the same ticks.

const REASONS = '- Biểu mẫu liên hệ chưa gửi được.\n\n2) Ảnh trang chủ bị mờ.\n  •  Thiếu trang chính sách.'

async function fixesOf(rejectionId: unknown): Promise<number[]> {
  const { data, error } = await serviceRole()
    .from('rejection_fixes')
    .select('item')
    .eq('acceptance_id', rejectionId)
    .order('item')
  assert.equal(error, null)
  return (data ?? []).map((row) => Number(row.item))
}

async function rejected(title: string): Promise<{ id: string; rejectionId: string }> {
  const id = String((await engagementAt('acceptance', title)).id)
  await move(await persona('an'), id, 'implementation', REASONS)
  const { data } = await serviceRole()
    .from('acceptances')
    .select('id')
    .eq('engagement_id', id)
    .eq('decision', 'rejected')
    .single()
  return { id, rejectionId: String(data?.id) }
}

async function refused(who: DemoName, args: Record<string, unknown>, code: string, rejectionId: string) {
  const before = await fixesOf(rejectionId)
  const outcome = await call(await persona(who), 'set_rejection_fix', args)
  assert.equal(outcome.code, code, who)
  assert.deepEqual(await fixesOf(rejectionId), before, `${who} changed the ticks`)
}

describe('the fixes a rejection asks for', () => {
  test('TAMS ticks them in the database; both sides read the same ticks; nobody else may tick', async () => {
    const { id, rejectionId } = await rejected('Kiểm thử danh sách sửa lỗi')
    const lan = await persona('lan')
    const tick = (item: number, fixed = true) => ({ acceptance_id: rejectionId, item, fixed })

    for (const name of ['an', 'binh'] as const)
      await refused(name, tick(0), 'not_provider_actor', rejectionId)
    for (const name of ['minh', 'chi'] as const)
      await refused(name, tick(0), 'engagement_not_found', rejectionId)
    // Three reasons: the blank line and the bullets are no reasons of their own.
    await refused('lan', tick(3), 'rejection_item_unknown', rejectionId)
    await refused('lan', tick(-1), 'rejection_item_unknown', rejectionId)

    assert.deepEqual(await act(lan, 'set_rejection_fix', tick(2)), [2])
    assert.deepEqual(await act(await persona('manager'), 'set_rejection_fix', tick(0)), [0, 2])
    assert.deepEqual(await act(lan, 'set_rejection_fix', tick(0)), [0, 2], 'ticking twice keeps one tick')
    assert.deepEqual(await act(lan, 'set_rejection_fix', tick(2, false)), [0])

    for (const name of ['lan', 'manager', 'an', 'binh'] as const) {
      const { data } = await (
        await persona(name)
      ).client
        .from('rejection_fixes')
        .select('item, fixed_by')
        .eq('acceptance_id', rejectionId)
      assert.deepEqual(
        data?.map((row) => row.item),
        [0],
        `${name} reads the ticks`,
      )
    }
    for (const name of ['minh', 'chi'] as const) {
      const { data } = await (
        await persona(name)
      ).client
        .from('rejection_fixes')
        .select('item')
        .eq('engagement_id', id)
      assert.deepEqual(data, [], `${name} reads nothing`)
    }
    const direct = await (
      await persona('lan')
    ).client
      .from('rejection_fixes')
      .insert({ acceptance_id: rejectionId, item: 1, engagement_id: id, fixed_by: lan.userId })
    assert.ok(direct.error, 'no direct insert')
    assert.deepEqual(await fixesOf(rejectionId), [0])
  })

  test('after the next hand-over the rejection is closed: its ticks stay, new ones are refused', async () => {
    const { id, rejectionId } = await rejected('Kiểm thử danh sách sau bàn giao')
    const lan = await persona('lan')
    await act(lan, 'set_rejection_fix', { acceptance_id: rejectionId, item: 1, fixed: true })
    await move(lan, id, 'completion')
    await refused('lan', { acceptance_id: rejectionId, item: 0, fixed: true }, 'wrong_step', rejectionId)
    assert.deepEqual(await fixesOf(rejectionId), [1])
  })
})
