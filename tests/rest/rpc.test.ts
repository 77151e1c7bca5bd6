import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { USERS, restClient, restFetch, uniqueName } from '../support/rest-client.ts'

describe('rpc', () => {
  const db = restClient()

  it('returns a scalar by POST and by GET', async () => {
    assert.deepEqual((await db.rpc('add_numbers', { a: 2, b: 3 })).data, 5)
    assert.deepEqual((await db.rpc('add_numbers', { a: 2, b: 3 }, { get: true })).data, 5)
    assert.deepEqual((await db.rpc('greet')).data, 'xin chao')
  })

  it('returns a set of scalars as an array', async () => {
    const { data } = await db.rpc('client_names')
    assert.deepEqual(data, ['Acme', 'Globex', 'Initech'])
  })

  it('returns a composite as an object and a set of rows as an array', async () => {
    const single = await db.rpc('first_project').select('id,name')
    assert.deepEqual(single.data, { id: 1, name: 'Website' })
    const rows = await db.rpc('projects_of', { client: 1 }).select('name').order('name')
    assert.deepEqual(rows.data, [{ name: 'Mobile app' }, { name: 'Website' }])
  })

  it('filters, orders, limits and embeds on set results', async () => {
    const { data } = await db
      .rpc('projects_of', { client: 1 })
      .select('name,budget,clients(name)')
      .gt('budget', 2000)
    assert.deepEqual(data, [{ name: 'Mobile app', budget: 2500.5, clients: { name: 'Acme' } }])
    const table = await db
      .rpc('project_counts')
      .select('client_id,total')
      .order('client_id', { nullsFirst: true })
      .limit(2)
    assert.deepEqual(table.data, [
      { client_id: null, total: 1 },
      { client_id: 1, total: 2 },
    ])
    const got = await restFetch('/rpc/projects_of?client=1&select=id&order=id.desc&limit=1')
    assert.deepEqual(await got.json(), [{ id: 2 }])
  })

  it('chooses an overload by argument names', async () => {
    assert.deepEqual((await db.rpc('find_people', { name: 'Lan' })).data, [{ id: 1, name: 'Lan' }])
    assert.deepEqual((await db.rpc('find_people', { id: 2, name: 'Lan' })).data, [])
  })

  it('sees the caller through auth.uid()', async () => {
    assert.equal((await restClient('an').rpc('whoami')).data, USERS.an)
    assert.equal((await db.rpc('whoami')).data, null)
  })

  it('runs a volatile function by POST, refuses it by GET with 405 25006', async () => {
    const name = uniqueName('bump')
    const an = restClient('an')
    assert.equal((await an.rpc('bump_scratch', { scratch_name: name })).data, 1)
    const { status, error } = await an.rpc('bump_scratch', { scratch_name: name }, { get: true })
    assert.equal(status, 405)
    assert.equal(error?.code, '25006')
  })

  it('maps raised errors: PTxyz to its status, P0001 to 400', async () => {
    const custom = await db.rpc('refuse', { reason: 'no credit' })
    assert.equal(custom.status, 402)
    assert.deepEqual(custom.error, { code: 'PT402', details: null, hint: 'pay first', message: 'no credit' })
    const plain = await db.rpc('fail', { reason: 'broken' })
    assert.equal(plain.status, 400)
    assert.deepEqual(plain.error, { code: 'P0001', details: 'from fail()', hint: null, message: 'broken' })
  })

  it('refuses an unknown function or unknown arguments with 404 PGRST202', async () => {
    const unknown = await db.rpc('nope')
    assert.equal(unknown.status, 404)
    assert.equal(unknown.error?.code, 'PGRST202')
    assert.equal(
      unknown.error?.message,
      'Could not find the function conformance.nope without parameters in the schema cache',
    )
    const extra = await db.rpc('fail', { reason: 'x', extra: 1 })
    assert.equal(
      extra.error?.message,
      'Could not find the function conformance.fail(extra, reason) in the schema cache',
    )
  })
})
