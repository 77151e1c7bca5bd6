import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { cliConfig } from '../../supabase/local/cli-config.ts'
import { restClient, restFetch, uniqueName } from '../support/rest-client.ts'

/** `[api] max_rows` of supabase/config.toml; both servers under test run with it. */
const MAX_ROWS = cliConfig().maxRows ?? 0
/** conformance.readings (tests/fixtures/rest-fixture.sql). */
const READINGS = 1500

const ids = async (response: Response) => ((await response.json()) as { id: number }[]).map((row) => row.id)
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe('max_rows caps every read, silently, as PostgREST does', () => {
  before(() => {
    assert.ok(MAX_ROWS > 0 && MAX_ROWS < READINGS, 'the fixture must hold more readings than max_rows')
  })

  it('returns the first max_rows rows of a plain select, with 200 and no hint of the rest', async () => {
    const response = await restFetch('/readings?select=id&order=id')
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-range'), `0-${MAX_ROWS - 1}/*`)
    assert.deepEqual(await ids(response), span(1, MAX_ROWS))
    const { data } = await restClient().from('readings').select('id')
    assert.equal(data?.length, MAX_ROWS)
  })

  it('counts every row with count=exact and answers 206 for the capped page', async () => {
    const response = await restFetch('/readings?select=id&order=id', { headers: { prefer: 'count=exact' } })
    assert.equal(response.status, 206)
    assert.equal(response.headers.get('content-range'), `0-${MAX_ROWS - 1}/${READINGS}`)
    assert.equal((await ids(response)).length, MAX_ROWS)
    const { count, data } = await restClient().from('readings').select('id', { count: 'exact' })
    assert.equal(count, READINGS)
    assert.equal(data?.length, MAX_ROWS)
  })

  it('counts estimated exactly up to max_rows, and past it never below max_rows + 1', async () => {
    const small = await restFetch('/clients?select=id', { headers: { prefer: 'count=estimated' } })
    assert.equal(small.headers.get('content-range'), '0-2/3')
    const large = await restFetch(`/readings?select=id&id=lt.${MAX_ROWS + 200}`, {
      headers: { prefer: 'count=estimated' },
    })
    const total = Number(large.headers.get('content-range')?.split('/')[1])
    assert.ok(total >= MAX_ROWS + 1, `estimated ${total}`)
    assert.equal(large.headers.get('content-range')?.split('/')[0], `0-${MAX_ROWS - 1}`)
  })

  it('caps a Range header that asks for more, keeping its start', async () => {
    const response = await restFetch(`/readings?select=id&order=id`, {
      headers: { range: `100-${READINGS - 1}` },
    })
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-range'), `100-${100 + MAX_ROWS - 1}/*`)
    assert.deepEqual(await ids(response), span(101, 100 + MAX_ROWS))
    const tail = await restFetch('/readings?select=id&order=id', {
      headers: { range: `${MAX_ROWS + 100}-`, prefer: 'count=exact' },
    })
    assert.equal(tail.status, 206)
    assert.equal(tail.headers.get('content-range'), `${MAX_ROWS + 100}-${READINGS - 1}/${READINGS}`)
    assert.deepEqual(await ids(tail), span(MAX_ROWS + 101, READINGS))
  })

  it('caps a limit above max_rows, and range() past it pages on from its offset', async () => {
    const response = await restFetch(`/readings?select=id&order=id&limit=${MAX_ROWS + 200}`)
    assert.equal(response.headers.get('content-range'), `0-${MAX_ROWS - 1}/*`)
    assert.equal((await ids(response)).length, MAX_ROWS)
    const huge = await restFetch('/readings?select=id&limit=99999999999999999999')
    assert.equal(huge.status, 200)
    assert.equal(huge.headers.get('content-range'), `0-${MAX_ROWS - 1}/*`)
    const { data, count, status } = await restClient()
      .from('readings')
      .select('id', { count: 'exact' })
      .order('id')
      .range(MAX_ROWS, READINGS + 10)
    assert.equal(status, 206)
    assert.equal(count, READINGS)
    assert.deepEqual(
      data?.map((row) => row.id),
      span(MAX_ROWS + 1, READINGS),
    )
  })

  it('refuses an offset past the counted rows and an empty Range with 416', async () => {
    const past = await restFetch(`/readings?select=id&offset=${READINGS + 100}`, {
      headers: { prefer: 'count=exact' },
    })
    assert.equal(past.status, 416)
    assert.equal(past.headers.get('content-range'), `*/${READINGS}`)
    assert.deepEqual(await past.json(), {
      code: 'PGRST103',
      details: `An offset of ${READINGS + 100} was requested, but there are only ${READINGS} rows.`,
      hint: null,
      message: 'Requested range not satisfiable',
    })
    const inverted = await restFetch('/readings?select=id', { headers: { range: '5-2' } })
    assert.equal(inverted.status, 416)
    assert.equal(((await inverted.json()) as { code: string }).code, 'PGRST103')
  })

  it('caps each embedded list too', async () => {
    const { data } = await restClient().from('meters').select('id, readings(id)').order('id')
    assert.deepEqual(
      data?.map((meter) => [meter.id, Array.isArray(meter.readings) ? meter.readings.length : null]),
      [
        [1, MAX_ROWS],
        [2, 75],
      ],
    )
  })

  it('caps the rows of an RPC returning a set, and counts them all', async () => {
    const { data, count, status } = await restClient()
      .rpc('all_readings', {}, { count: 'exact' })
      .select('id')
    assert.equal(status, 206)
    assert.equal(count, READINGS)
    assert.equal(Array.isArray(data) ? data.length : null, MAX_ROWS)
    const viaGet = await restFetch('/rpc/all_readings?select=id', { headers: { range: `${MAX_ROWS}-` } })
    assert.equal(viaGet.headers.get('content-range'), `${MAX_ROWS}-${READINGS - 1}/*`)
    assert.deepEqual(await ids(viaGet), span(MAX_ROWS + 1, READINGS))
  })

  it('returns every changed row of a write with return=representation', async () => {
    const label = uniqueName('capless')
    const rows = Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({ name: `${label}-${i}`, value: i }))
    const db = restClient('an')
    const inserted = await db.from('scratch').insert(rows).select('id')
    assert.equal(inserted.status, 201)
    assert.equal(inserted.data?.length, MAX_ROWS + 5)
    const deleted = await db.from('scratch').delete().like('name', `${label}-%`).select('id')
    assert.equal(deleted.data?.length, MAX_ROWS + 5)
  })
})
