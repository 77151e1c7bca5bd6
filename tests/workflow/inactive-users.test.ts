import assert from 'node:assert/strict'
import { after, before as beforeAll, describe, test } from 'node:test'
import { ANON_KEY } from '../../supabase/local/config.ts'
import {
  API_URL,
  DEMO_EMAILS,
  DEMO_PASSWORD,
  anonClient,
  persona,
  serviceRole,
  type DemoName,
  type Persona,
} from '../support/personas.ts'
import { call, footprint } from './support/journey.ts'
import type { Row } from './support/world.ts'

// A deactivated account manager or client member holds no role anywhere: with the access token
// they still carry they read nothing and act on nothing, and their refresh token is refused at once.
const BUCKET = 'engagement-documents'
/** Phương Đông's engagement in agreement: Lan is its AM, An its approver, Bình a member. */
const AGREEMENT = 'e0000000-0000-4000-8000-000000000102'
const READ_TABLES = [
  'engagements',
  'engagement_board',
  'quotes',
  'milestones',
  'payments',
  'requirements',
  'documents',
  'document_access_log',
  'engagement_events',
  'change_requests',
  'warranty_claims',
  'clients',
  'client_members',
  'account_manager_contacts',
] as const

async function signInFresh(name: DemoName) {
  const client = anonClient()
  const { data, error } = await client.auth.signInWithPassword({
    email: DEMO_EMAILS[name],
    password: DEMO_PASSWORD,
  })
  if (error || !data.session) throw new Error(`${name} could not sign in: ${error?.message ?? 'no session'}`)
  const signedIn: Persona = {
    name,
    email: DEMO_EMAILS[name],
    userId: data.user.id,
    accessToken: data.session.access_token,
    client,
  }
  return { ...signedIn, session: data.session }
}

async function refresh(refreshToken: string) {
  const response = await fetch(`${API_URL}/auth/v1/token?grant_type=refresh_token`, {
    method: 'POST',
    headers: { apikey: ANON_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ refresh_token: refreshToken }),
  })
  return { status: response.status, body: (await response.json()) as Row }
}

type ReadTable = (typeof READ_TABLES)[number]

async function rowCounts(client: ReturnType<typeof anonClient>): Promise<Record<ReadTable, number>> {
  const counts = Object.fromEntries(READ_TABLES.map((table) => [table, 0])) as Record<ReadTable, number>
  for (const table of READ_TABLES) {
    const { data, error } = await client.from(table).select('*').range(0, 9_999)
    assert.equal(error, null, `${table}: ${error?.message}`)
    counts[table] = (data ?? []).length
  }
  return counts
}

async function readableBytes(client: ReturnType<typeof anonClient>): Promise<string[]> {
  const { data } = await serviceRole()
    .from('documents')
    .select('storage_path')
    .eq('engagement_id', AGREEMENT)
    .is('deleted_at', null)
  const read: string[] = []
  for (const row of data ?? []) {
    const downloaded = await client.storage.from(BUCKET).download(String(row.storage_path))
    if (!downloaded.error && downloaded.data) read.push(String(row.storage_path))
  }
  return read
}

/** A demo user's id without signing them in: a deactivated user cannot sign in (they are banned). */
async function userIdOf(name: DemoName): Promise<string> {
  const { data } = await serviceRole().auth.admin.listUsers({ perPage: 1000 })
  const user = data.users.find((candidate) => candidate.email === DEMO_EMAILS[name])
  if (!user) throw new Error(`${name} has no account`)
  return user.id
}

const nothing = Object.fromEntries(READ_TABLES.map((table) => [table, 0])) as Record<ReadTable, number>

describe('a deactivated account manager', () => {
  // Deactivation hands her open engagements (and the clients defaulting to her) back to the
  // managers; afterwards they are given back to her, so later files see the seed's assignments.
  let managedIds: string[] = []
  let defaultClientIds: string[] = []
  beforeAll(async () => {
    const lanId = (await persona('lan')).userId
    const { data: managed } = await serviceRole()
      .from('engagements')
      .select('id')
      .eq('account_manager_id', lanId)
      .in('state', ['active', 'on_hold'])
    managedIds = (managed ?? []).map((row: Row) => String(row.id))
    const { data: clients } = await serviceRole()
      .from('clients')
      .select('id')
      .eq('default_account_manager_id', lanId)
    defaultClientIds = (clients ?? []).map((row: Row) => String(row.id))
  })
  after(async () => {
    const lanId = await userIdOf('lan')
    const admin = (await persona('admin')).client
    await admin.from('staff').update({ active: true }).eq('user_id', lanId)
    for (const engagementId of managedIds) {
      await admin.rpc('assign_account_manager', { engagement_id: engagementId, account_manager_id: lanId })
    }
    if (defaultClientIds.length > 0)
      await admin.from('clients').update({ default_account_manager_id: lanId }).in('id', defaultClientIds)
  })

  test('reads nothing, does nothing, and her refresh token is refused', async () => {
    const lan = await signInFresh('lan')
    const before = await rowCounts(lan.client)
    assert.ok(
      before.engagements >= 11 && before.documents > 0 && before.document_access_log > 0,
      JSON.stringify(before),
    )

    const { error } = await (
      await persona('admin')
    ).client
      .from('staff')
      .update({ active: false })
      .eq('user_id', lan.session.user.id)
    assert.equal(error, null)

    assert.deepEqual(await rowCounts(lan.client), nothing)
    assert.deepEqual(await readableBytes(lan.client), [])
    const { data: ownRow } = await lan.client.from('staff').select('user_id')
    assert.deepEqual(ownRow, [])

    const untouched = await footprint(AGREEMENT)
    const refused = await call(lan, 'request_requirement', {
      engagement_id: AGREEMENT,
      title: 'Logo',
      description: null,
    })
    assert.equal(refused.code, 'engagement_not_found')
    assert.deepEqual(await footprint(AGREEMENT), untouched)

    const refreshed = await refresh(lan.session.refresh_token)
    assert.equal(refreshed.status, 400)
    assert.equal(refreshed.body.code, 'refresh_token_not_found')
  })
})

describe('a deactivated client member', () => {
  after(async () => {
    await (
      await persona('manager')
    ).client
      .from('client_members')
      .update({ active: true })
      .eq('user_id', await userIdOf('binh'))
  })

  test('reads nothing of the client, does nothing, and the refresh token is refused', async () => {
    const binh = await signInFresh('binh')
    const before = await rowCounts(binh.client)
    assert.ok(
      before.engagements > 0 && before.client_members > 0 && before.account_manager_contacts > 0,
      JSON.stringify(before),
    )

    // The client's approver deactivates a colleague.
    const { error } = await (
      await persona('an')
    ).client
      .from('client_members')
      .update({ active: false })
      .eq('user_id', binh.session.user.id)
    assert.equal(error, null)

    assert.deepEqual(await rowCounts(binh.client), nothing)
    assert.deepEqual(await readableBytes(binh.client), [])
    const { data: packages } = await binh.client.from('service_packages').select('id')
    assert.deepEqual(packages, [])

    const untouched = await footprint(AGREEMENT)
    const refused = await call(binh, 'submit_change_request', {
      engagement_id: AGREEMENT,
      title: 'Thêm trang',
      description: 'Thêm một trang.',
    })
    assert.equal(refused.code, 'engagement_not_found')
    assert.deepEqual(await footprint(AGREEMENT), untouched)

    const refreshed = await refresh(binh.session.refresh_token)
    assert.equal(refreshed.status, 400)
    assert.equal(refreshed.body.code, 'refresh_token_not_found')
  })

  test('a deactivated approver can no longer accept the quote', async () => {
    const an = await signInFresh('an')
    const { data: quote } = await serviceRole()
      .from('quotes')
      .select('id,version')
      .eq('engagement_id', AGREEMENT)
      .eq('status', 'sent')
      .single()
    const manager = (await persona('manager')).client
    await manager.from('client_members').update({ active: false }).eq('user_id', an.session.user.id)
    try {
      const before = await footprint(AGREEMENT)
      const refused = await call(an, 'transition_engagement', {
        engagement_id: AGREEMENT,
        to_step: 'payment',
        expected_version: before.version,
        quote_id: quote?.id,
        quote_version: quote?.version,
      })
      assert.equal(refused.code, 'engagement_not_found')
      assert.deepEqual(await footprint(AGREEMENT), before)
    } finally {
      await manager.from('client_members').update({ active: true }).eq('user_id', an.session.user.id)
    }
  })
})
