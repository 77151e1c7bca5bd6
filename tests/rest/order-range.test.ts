import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { restClient, restFetch } from '../support/rest-client.ts'

describe('order, limit, offset and counts', () => {
  const db = restClient()

  it('orders descending with nulls first or last', async () => {
    const first = await db
      .from('projects')
      .select('id')
      .order('budget', { ascending: false, nullsFirst: true })
    assert.deepEqual(first.data, [{ id: 3 }, { id: 2 }, { id: 1 }, { id: 4 }])
    const last = await db
      .from('projects')
      .select('id')
      .order('budget', { ascending: true, nullsFirst: false })
    assert.deepEqual(last.data, [{ id: 4 }, { id: 1 }, { id: 2 }, { id: 3 }])
    const twoKeys = await db
      .from('projects')
      .select('id')
      .order('client_id', { ascending: true })
      .order('id', { ascending: false })
    assert.deepEqual(twoKeys.data, [{ id: 2 }, { id: 1 }, { id: 3 }, { id: 4 }])
  })

  it('pages with range and counts exactly, answering 206 for a partial page', async () => {
    const { data, count, status } = await db
      .from('projects')
      .select('id', { count: 'exact' })
      .order('id')
      .range(1, 2)
    assert.deepEqual(data, [{ id: 2 }, { id: 3 }])
    assert.equal(count, 4)
    assert.equal(status, 206)
    const response = await restFetch('/projects?select=id&order=id&offset=1&limit=1', {
      headers: { prefer: 'count=exact' },
    })
    assert.equal(response.status, 206)
    assert.equal(response.headers.get('content-range'), '1-1/4')
    assert.equal(response.headers.get('preference-applied'), 'count=exact')
  })

  it('answers 200 when the page holds every row, and */0 for no rows', async () => {
    const whole = await restFetch('/clients?select=id', { headers: { prefer: 'count=exact' } })
    assert.equal(whole.status, 200)
    assert.equal(whole.headers.get('content-range'), '0-2/3')
    const none = await restFetch('/clients?select=id&id=gt.100', { headers: { prefer: 'count=exact' } })
    assert.equal(none.status, 200)
    assert.equal(none.headers.get('content-range'), '*/0')
    assert.deepEqual(await none.json(), [])
    const uncounted = await restFetch('/clients?select=id&id=gt.100')
    assert.equal(uncounted.headers.get('content-range'), '*/*')
  })

  it('counts with filters and !inner embeds applied', async () => {
    const { count } = await db
      .from('projects')
      .select('id,clients!inner(country)', { count: 'exact' })
      .eq('clients.country', 'VN')
      .limit(1)
    assert.equal(count, 2)
  })

  it('answers HEAD with the count and no body', async () => {
    const { count, data, status } = await db
      .from('projects')
      .select('*', { count: 'exact', head: true })
      .lt('id', 3)
    assert.equal(status, 200)
    assert.equal(count, 2)
    assert.equal(data, null)
    const response = await restFetch('/projects?select=id', {
      method: 'HEAD',
      headers: { prefer: 'count=exact' },
    })
    assert.equal(response.headers.get('content-range'), '0-3/4')
    assert.equal(await response.text(), '')
  })
})
