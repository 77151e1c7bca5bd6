import assert from 'node:assert/strict'
import { before as beforeAll, describe, test } from 'node:test'
import { serviceRole, signUpFreshUser, type Persona } from '../support/personas.ts'
import { assertSameRows } from './support/assert-rows.ts'
import { VIEWER_NAMES, readAs, viewer } from './support/viewers.ts'
import { loadWorld, readAll, type World } from './support/world.ts'

// Open sign-up gives an account that can read nothing and do nothing; anon likewise (the account
// manager contacts included). The two views over engagements follow the engagements rule for everyone.
const TABLES = [
  'clients',
  'client_members',
  'staff',
  'service_packages',
  'engagements',
  'engagement_events',
  'requirements',
  'quotes',
  'milestones',
  'payments',
  'documents',
  'document_access_log',
  'change_requests',
  'acceptances',
  'warranty_claims',
]
const VIEWS = ['engagement_board', 'engagement_whose_move']
const READABLE = [...TABLES, ...VIEWS, 'account_manager_contacts']
/** Staff phone numbers are not granted to API users, so `*` is refused there; read the granted columns. */
const columnsOf = (table: string) => (table === 'staff' ? 'user_id,full_name,email' : '*')

let fresh: Persona
let world: World
let someClientId: string
beforeAll(async () => {
  fresh = await signUpFreshUser('open-signup')
  world = await loadWorld()
  someClientId = [...world.engagements.values()][0]!.client_id
})

describe('a freshly signed-up user', () => {
  for (const table of READABLE) {
    test(`reads nothing from ${table}`, async () => {
      const { data, error } = await fresh.client.from(table).select(columnsOf(table))
      assert.equal(error, null, error?.message ?? '')
      assert.deepEqual(data, [])
    })
  }

  test('cannot open an engagement for a client, nor write any table directly', async () => {
    const before = await readAll(serviceRole(), 'engagements', 'id')
    const { error } = await fresh.client.rpc('create_engagement', {
      client_id: someClientId,
      title: 'Thử truy cập',
    })
    assert.equal(error?.message, 'not_client_member')
    const inserts = await Promise.all([
      fresh.client.from('engagements').insert({ client_id: someClientId, title: 'x', code: 'TS-2026-9999' }),
      fresh.client.from('client_members').insert({
        client_id: someClientId,
        user_id: fresh.userId,
        role: 'approver',
        full_name: 'x',
        email: fresh.email,
      }),
      fresh.client
        .from('staff')
        .insert({ user_id: fresh.userId, role: 'admin', full_name: 'x', email: fresh.email }),
    ])
    for (const insert of inserts) assert.ok(insert.error, 'a direct insert was accepted')
    assert.equal((await readAll(serviceRole(), 'engagements', 'id')).length, before.length)
    const { data: member } = await serviceRole()
      .from('client_members')
      .select('user_id')
      .eq('user_id', fresh.userId)
    const { data: staff } = await serviceRole().from('staff').select('user_id').eq('user_id', fresh.userId)
    assert.deepEqual([member, staff], [[], []])
  })
})

describe('anon', () => {
  for (const table of READABLE) {
    test(`reads nothing from ${table}`, async () => {
      const anon = await viewer('anon')
      const { data, error } = await anon.client.from(table).select(columnsOf(table))
      assert.ok(
        error ? ['42501', 'PGRST301'].includes(error.code) : data?.length === 0,
        `${table}: ${JSON.stringify(data ?? error)}`,
      )
    })
  }

  test('cannot call a workflow function', async () => {
    const anon = await viewer('anon')
    const { error } = await anon.client.rpc('create_engagement', {
      client_id: someClientId,
      title: 'Ẩn danh',
    })
    assert.ok(error)
  })
})

describe('the board and whose-move views follow the engagements rule', () => {
  for (const view of VIEWS) {
    const key = view === 'engagement_board' ? 'id' : 'engagement_id'
    for (const name of VIEWER_NAMES) {
      test(`${view} as ${name}`, async () => {
        const who = await viewer(name)
        const audience = world.audienceOf(who.userId)
        const all = (await readAll(serviceRole(), view, key)).map((row) => ({ id: row[key] }))
        const expected = all.filter((row) => world.seesEngagement(audience, String(row.id)))
        const seen = (await readAs(who, view, key)).map((row) => ({ id: row[key] }))
        assertSameRows(seen, expected, `${view} as ${name}`)
      })
    }
  }
})
