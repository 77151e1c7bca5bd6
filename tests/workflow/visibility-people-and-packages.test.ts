import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { DEMO_EMAILS, serviceRole } from '../support/personas.ts'
import { assertSameRows } from './support/assert-rows.ts'
import { VIEWER_NAMES, readAs, viewer } from './support/viewers.ts'
import { loadWorld, readAll, type Audience, type Row, type World } from './support/world.ts'

// The people rows of the visibility table (docs/database.md) (clients, staff directory, client members) and the
// service package catalogue, as every viewer.
let world: World
before(async () => {
  world = await loadWorld()
})

/** Clients whose engagements this audience sees. */
function visibleClientIds(audience: Audience): Set<string> {
  const result = new Set<string>()
  for (const engagement of world.engagements.values()) {
    if (world.seesEngagement(audience, engagement.id)) result.add(engagement.client_id)
  }
  if (audience.side === 'client') for (const id of audience.clientIds) result.add(id)
  return result
}

const EXPECTED_ROLES: Record<keyof typeof DEMO_EMAILS, string> = {
  admin: 'staff admin',
  manager: 'staff manager',
  lan: 'staff account_manager',
  minh: 'staff account_manager',
  an: 'client approver',
  binh: 'client member',
  chi: 'client approver',
}

test('each demo user has the side and role the demo data gives them, and the two companies are distinct', async () => {
  const clientOf: Record<string, string> = {}
  for (const [name, role] of Object.entries(EXPECTED_ROLES) as [keyof typeof DEMO_EMAILS, string][]) {
    const who = await viewer(name)
    const staffRow = world.staff.find((row) => row.user_id === who.userId)
    const memberRows = world.clientMembers.filter((row) => row.user_id === who.userId)
    const actual = staffRow
      ? `staff ${String(staffRow.role)}`
      : memberRows.map((row) => `client ${String(row.role)}`).join(',')
    assert.equal(actual, role, `${name}`)
    if (memberRows[0]) clientOf[name] = String(memberRows[0].client_id)
  }
  assert.equal(clientOf.an, clientOf.binh)
  assert.notEqual(clientOf.an, clientOf.chi)
})

describe('visibility of clients', () => {
  for (const name of VIEWER_NAMES) {
    test(`as ${name}: all for managers, their engagements' clients for an AM, their own for a client user`, async () => {
      const who = await viewer(name)
      const audience = world.audienceOf(who.userId)
      const all = await readAll(serviceRole(), 'clients', 'id,name')
      const allowed =
        audience.side === 'manager' ? new Set(all.map((row) => String(row.id))) : visibleClientIds(audience)
      const expected = all.filter((row) => allowed.has(String(row.id)))
      assertSameRows(await readAs(who, 'clients', 'id,name'), expected, `clients as ${name}`)
    })
  }
})

/** The account managers of this audience's client engagements (empty for anyone but a client user). */
const accountManagerIdsOf = (audience: Audience): Set<string> =>
  new Set(
    [...world.engagements.values()]
      .filter((engagement) => audience.side === 'client' && audience.clientIds.has(engagement.client_id))
      .map((engagement) => String(engagement.account_manager_id)),
  )

/** The account managers' emails this client user sees in the staff directory. */
const contactEmails = async (who: 'an' | 'chi') =>
  (await readAs(await viewer(who), 'account_manager_contacts', 'email'))
    .map((row) => String(row.email))
    .toSorted()

describe('visibility of the staff directory', () => {
  for (const name of VIEWER_NAMES) {
    test(`as ${name}: staff see every staff row, nobody else sees any`, async () => {
      const who = await viewer(name)
      const audience = world.audienceOf(who.userId)
      const all = (await readAll(serviceRole(), 'staff', 'user_id,full_name,email')).map((row) => ({
        ...row,
        id: row.user_id,
      }))
      const isStaff = audience.side === 'manager' || audience.side === 'account_manager'
      const seen = (await readAs(who, 'staff', 'user_id,full_name,email')).map((row) => ({
        ...row,
        id: row.user_id,
      }))
      assertSameRows(seen, isStaff ? all : [], `staff as ${name}`)
    })

    test(`as ${name}: account manager contacts are the name and email of the AMs of a client user's engagements`, async () => {
      const who = await viewer(name)
      const amIds = accountManagerIdsOf(world.audienceOf(who.userId))
      const all = (await readAll(serviceRole(), 'staff', 'user_id,full_name,email')).map((row) => ({
        ...row,
        id: row.user_id,
      }))
      const seen = (await readAs(who, 'account_manager_contacts', 'user_id,full_name,email')).map((row) => ({
        ...row,
        id: row.user_id,
      }))
      assertSameRows(
        seen,
        all.filter((row) => amIds.has(String(row.id))),
        `account_manager_contacts as ${name}`,
      )
    })
  }

  // Exactly the account managers of their engagements (above); other files may reassign one, so
  // here only the seed's own account manager of each company is named.
  test('each client company sees its own account manager', async () => {
    assert.ok((await contactEmails('an')).includes(DEMO_EMAILS.lan))
    assert.ok((await contactEmails('chi')).includes(DEMO_EMAILS.minh))
  })

  for (const name of ['an', 'binh', 'chi'] as const) {
    test(`as ${name}: a contact carries only user_id, name and email`, async () => {
      const { data, error } = await (await viewer(name)).client.from('account_manager_contacts').select('*')
      assert.equal(error, null, error?.message ?? '')
      assert.ok(data && data.length > 0, 'a client user has an account manager')
      for (const row of data) assert.deepEqual(Object.keys(row).toSorted(), ['email', 'full_name', 'user_id'])
    })

    for (const column of ['phone', 'role', 'active']) {
      test(`as ${name}: no staff ${column} reaches a client user`, async () => {
        const who = await viewer(name)
        const { data, error } = await who.client.from('staff').select(`user_id,${column}`)
        if (error) return assert.equal(error.code, '42501')
        assert.deepEqual(data, [], `a client user receives staff rows with ${column}`)
      })
    }
  }

  for (const name of VIEWER_NAMES.filter((viewerName) => viewerName !== 'anon')) {
    test(`as ${name}: reading one's own staff row works, and gives no row to a non-staff user`, async () => {
      const who = await viewer(name)
      const audience = world.audienceOf(who.userId)
      const { data, error } = await who.client
        .from('staff')
        .select('role,full_name,email')
        .eq('user_id', who.userId!)
        .maybeSingle()
      assert.equal(error, null, error?.message ?? '')
      const own = world.staff.find((row) => row.user_id === who.userId)
      const isStaff = audience.side === 'manager' || audience.side === 'account_manager'
      assert.deepEqual(
        data,
        isStaff && own ? { role: own.role, full_name: own.full_name, email: own.email } : null,
      )
    })
  }

  test("engagement cards carry the account manager's name for staff and for the client's users", async () => {
    const staffNames = new Map(world.staff.map((row) => [String(row.user_id), String(row.full_name)]))
    for (const name of ['manager', 'lan', 'an', 'binh', 'chi'] as const) {
      const rows = await readAs(
        await viewer(name),
        'engagement_board',
        'id,account_manager_id,account_manager_name',
      )
      assert.ok(rows.length > 0, `${name} sees engagements`)
      for (const row of rows) {
        const expected =
          row.account_manager_id == null ? null : staffNames.get(String(row.account_manager_id))
        assert.equal(row.account_manager_name, expected, `${name}: engagement ${String(row.id)}`)
      }
    }
  })
})

const memberKey = (row: Row): Row => ({ ...row, id: `${String(row.client_id)}:${String(row.user_id)}` })

describe('visibility of client members', () => {
  for (const name of VIEWER_NAMES) {
    test(`as ${name}: all for managers, the members of their engagements' clients for an AM, colleagues for a client user`, async () => {
      const who = await viewer(name)
      const audience = world.audienceOf(who.userId)
      const all = (await readAll(serviceRole(), 'client_members', 'client_id,user_id')).map(memberKey)
      const allowed = visibleClientIds(audience)
      const expected = all.filter((row) => audience.side === 'manager' || allowed.has(String(row.client_id)))
      const seen = (await readAs(who, 'client_members', 'client_id,user_id')).map(memberKey)
      assertSameRows(seen, expected, `client_members as ${name}`)
    })
  }
})

describe('visibility of service packages', () => {
  for (const name of VIEWER_NAMES) {
    test(`as ${name}: every active package for a signed-in staff or client user, nothing without a role`, async () => {
      const who = await viewer(name)
      const audience = world.audienceOf(who.userId)
      const all = await readAll(serviceRole(), 'service_packages', 'id,active')
      assert.ok(
        all.some((row) => row.active === true),
        'the seed has active packages',
      )
      const seen = await readAs(who, 'service_packages', 'id,active')
      const seenIds = new Set(seen.map((row) => String(row.id)))
      if (audience.side === 'nobody') return assert.deepEqual(seen, [])
      for (const row of all.filter((pkg) => pkg.active === true))
        assert.ok(seenIds.has(String(row.id)), `active package ${String(row.id)}`)
      if (audience.side === 'client')
        assert.deepEqual(
          seen.filter((row) => row.active !== true),
          [],
          'a client sees an inactive package',
        )
    })
  }
})
