import assert from 'node:assert/strict'
import { before as beforeAll, describe, test } from 'node:test'
import type { SupabaseClient } from '@supabase/supabase-js'
import { serviceRole } from '../support/personas.ts'
import { ACTOR_NAMES, actor } from './support/actors.ts'
import { engagement, engagementAt, footprint } from './support/journey.ts'
import { readAll, type Row } from './support/world.ts'

// Nobody, admin and service role included, changes step, version, state or warranty dates by a direct
// UPDATE; the event history and the document access log are append-only for every role.
const writers = async (): Promise<[string, SupabaseClient][]> => [
  ...(await Promise.all(
    ACTOR_NAMES.map(async (name) => [name, (await actor(name)).client] as [string, SupabaseClient]),
  )),
  ['service_role', serviceRole()],
]

const GUARDED_CHANGES: Record<string, unknown>[] = [
  { step: 'warranty' },
  { version: 999 },
  { state: 'closed' },
  { warranty_starts_at: '2020-01-01T00:00:00Z', warranty_ends_at: '2099-01-01T00:00:00Z' },
  { agreed_price_vnd: 1 },
  { account_manager_id: null },
]

describe("no direct UPDATE of an engagement's workflow columns", () => {
  let id: string
  beforeAll(async () => {
    id = String((await engagementAt('acceptance')).id)
  })

  for (const change of GUARDED_CHANGES) {
    test(`${Object.keys(change).join(', ')}: refused for every role, nothing changes`, async () => {
      for (const [name, client] of await writers()) {
        const before = await engagement(id)
        const { error } = await client.from('engagements').update(change).eq('id', id)
        const after = await engagement(id)
        assert.deepEqual(after, before, `${name} changed the engagement with ${JSON.stringify(change)}`)
        if (name === 'service_role') assert.ok(error, 'the service role got no error')
      }
    })
  }

  test('the service role may fix a title, and that still bumps the version', async () => {
    const before = await footprint(id)
    const { error } = await serviceRole()
      .from('engagements')
      .update({ title: 'Hệ thống đặt hàng (đổi tên)' })
      .eq('id', id)
    assert.equal(error, null)
    const after = await footprint(id)
    assert.equal(after.step, before.step)
    assert.ok(Number(after.version) > Number(before.version))
  })

  test('a direct DELETE as any user leaves the engagement in place', async () => {
    for (const [name, client] of (await writers()).filter(([writer]) => writer !== 'service_role')) {
      await client.from('engagements').delete().eq('id', id)
      assert.equal((await engagement(id)).id, id, `${name} deleted it`)
    }
  })
})

describe('append-only history', () => {
  for (const table of ['engagement_events', 'document_access_log']) {
    test(`${table}: no role updates or deletes a row`, async () => {
      const [target] = (await readAll(serviceRole(), table, '*')).slice(0, 1) as [Row]
      assert.ok(target, `${table} has rows`)
      const countBefore = (await readAll(serviceRole(), table, 'id')).length
      const change = table === 'engagement_events' ? { note: 'sửa lịch sử' } : { action: 'delete' }
      for (const [name, client] of await writers()) {
        const updated = await client.from(table).update(change).eq('id', target.id)
        const deleted = await client.from(table).delete().eq('id', target.id)
        const { data } = await serviceRole().from(table).select('*').eq('id', target.id).single()
        assert.deepEqual(data, target, `${name} changed ${table} row ${String(target.id)}`)
        if (name === 'service_role')
          assert.ok(updated.error && deleted.error, 'the service role got no error')
      }
      assert.equal((await readAll(serviceRole(), table, 'id')).length, countBefore)
    })
  }

  test('no user inserts history rows directly', async () => {
    const id = String((await engagementAt('request')).id)
    const before = await footprint(id)
    for (const [name, client] of (await writers()).filter(([writer]) => writer !== 'service_role')) {
      const { error } = await client
        .from('engagement_events')
        .insert({ engagement_id: id, kind: 'forged', visible_to_client: true })
      assert.ok(error, `${name} inserted an event`)
    }
    assert.deepEqual(await footprint(id), before)
  })
})
