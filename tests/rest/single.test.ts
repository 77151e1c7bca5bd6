import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { restClient, restFetch } from '../support/rest-client.ts'

describe('single object responses', () => {
  const db = restClient()

  it('returns one object for .single()', async () => {
    const { data, error, status } = await db.from('clients').select('name').eq('id', 2).single()
    assert.equal(error, null)
    assert.equal(status, 200)
    assert.deepEqual(data, { name: 'Globex' })
    const response = await restFetch('/clients?select=name&id=eq.2', {
      headers: { accept: 'application/vnd.pgrst.object+json' },
    })
    assert.match(response.headers.get('content-type') ?? '', /^application\/vnd\.pgrst\.object\+json/)
  })

  it('refuses zero or many rows with 406 PGRST116', async () => {
    const none = await db.from('clients').select('name').eq('id', 100).single()
    assert.equal(none.status, 406)
    assert.equal(none.error?.code, 'PGRST116')
    assert.equal(none.error?.details, 'The result contains 0 rows')
    const many = await db.from('clients').select('name').single()
    assert.equal(many.status, 406)
    assert.equal(many.error?.details, 'The result contains 3 rows')
  })

  it('turns no rows into null for .maybeSingle()', async () => {
    const { data, error } = await db.from('clients').select('name').eq('id', 100).maybeSingle()
    assert.equal(error, null)
    assert.equal(data, null)
  })
})
