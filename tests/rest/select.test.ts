import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { restClient, restFetch } from '../support/rest-client.ts'

describe('select: columns, aliases, casts, JSON paths', () => {
  const db = restClient()

  it('returns every column for *', async () => {
    const { data, error, status } = await db.from('clients').select('*').order('id')
    assert.equal(error, null)
    assert.equal(status, 200)
    assert.deepEqual(data, [
      { id: 1, name: 'Acme', country: 'VN' },
      { id: 2, name: 'Globex', country: 'US' },
      { id: 3, name: 'Initech', country: null },
    ])
  })

  it('renames with aliases and converts with casts', async () => {
    const { data } = await db.from('projects').select('title:name,budget::text,id::text').eq('id', 2)
    assert.deepEqual(data, [{ title: 'Mobile app', budget: '2500.5', id: '2' }])
  })

  it('follows JSON paths, naming the output after the last key', async () => {
    const { data } = await db.from('projects').select('id,meta->>tier,size:meta->size').order('id').limit(2)
    assert.deepEqual(data, [
      { id: 1, tier: 'gold', size: 3 },
      { id: 2, tier: 'silver', size: null },
    ])
  })

  it('returns arrays, ranges and dates as PostgREST does', async () => {
    const { data } = await db.from('projects').select('tags,period,due').eq('id', 1).single()
    assert.deepEqual(data, { tags: ['web', 'design'], period: '[1,5)', due: '2024-01-10' })
  })

  it('serves views', async () => {
    const { data } = await db.from('project_summaries').select('id,name').order('id').limit(1)
    assert.deepEqual(data, [{ id: 1, name: 'Website' }])
  })

  it('answers 200 with Content-Range and the JSON content type', async () => {
    const response = await restFetch('/clients?select=id&order=id')
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-range'), '0-2/*')
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/)
    assert.deepEqual(await response.json(), [{ id: 1 }, { id: 2 }, { id: 3 }])
  })

  it('refuses an unknown column with 42703', async () => {
    const { error, status } = await db.from('projects').select('nope')
    assert.equal(status, 400)
    assert.equal(error?.code, '42703')
    assert.equal(error?.message, 'column projects.nope does not exist')
  })

  it('refuses an unknown table with 404 42P01', async () => {
    const { error, status } = await db.from('nope').select()
    assert.equal(status, 404)
    assert.equal(error?.code, '42P01')
    assert.equal(error?.message, 'relation "conformance.nope" does not exist')
  })

  it('serves another exposed schema through Accept-Profile, refuses an unexposed one', async () => {
    const refused = await restFetch('/clients', { profile: 'private' })
    assert.equal(refused.status, 406)
    assert.equal(((await refused.json()) as { code: string }).code, 'PGRST106')
  })
})
