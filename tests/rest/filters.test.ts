import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { restClient, restFetch } from '../support/rest-client.ts'

const ids = (rows: { id: number }[] | null) => (rows ?? []).map((row) => row.id)

describe('filters', () => {
  const db = restClient()
  const projects = () => db.from('projects').select('id').order('id')

  it('compares with eq neq gt gte lt lte', async () => {
    assert.deepEqual(ids((await projects().eq('client_id', 1)).data), [1, 2])
    assert.deepEqual(ids((await projects().neq('client_id', 1)).data), [3])
    assert.deepEqual(ids((await projects().gt('budget', 0)).data), [1, 2])
    assert.deepEqual(ids((await projects().gte('budget', 0)).data), [1, 2, 4])
    assert.deepEqual(ids((await projects().lt('due', '2024-01-10')).data), [4])
    assert.deepEqual(ids((await projects().lte('due', '2024-01-10')).data), [1, 4])
  })

  it('matches patterns with like ilike match imatch and their any/all forms', async () => {
    assert.deepEqual(ids((await projects().like('name', '%app')).data), [2])
    assert.deepEqual(ids((await projects().ilike('name', 'w*')).data), [1])
    assert.deepEqual(ids((await projects().match({ client_id: 1, name: 'Website' })).data), [1])
    assert.deepEqual(ids((await projects().filter('name', 'match', '^[AI]')).data), [3, 4])
    assert.deepEqual(ids((await projects().filter('name', 'imatch', '^w')).data), [1])
    assert.deepEqual(ids((await projects().likeAnyOf('name', ['Web%', 'Aud%'])).data), [1, 3])
    assert.deepEqual(ids((await projects().ilikeAllOf('name', ['%e%', '%i%'])).data), [1, 2, 4])
  })

  it('tests with is, isdistinct and in, quoting values with commas', async () => {
    assert.deepEqual(ids((await projects().is('client_id', null)).data), [4])
    assert.deepEqual(ids((await projects().not('budget', 'is', null)).data), [1, 2, 4])
    assert.deepEqual(ids((await projects().filter('client_id', 'isdistinct', '1')).data), [3, 4])
    assert.deepEqual(ids((await projects().in('name', ['Audit', 'Internal', 'a,b'])).data), [3, 4])
    assert.deepEqual(ids((await projects().not('id', 'in', '(1,2)')).data), [3, 4])
    assert.deepEqual(ids((await projects().in('id', [])).data), [])
  })

  it('compares arrays, JSON and ranges', async () => {
    assert.deepEqual(ids((await projects().contains('tags', ['web'])).data), [1, 3])
    assert.deepEqual(ids((await projects().containedBy('tags', ['web', 'design', 'mobile'])).data), [1, 2, 4])
    assert.deepEqual(ids((await projects().overlaps('tags', ['mobile', 'consulting'])).data), [2, 3])
    assert.deepEqual(ids((await projects().contains('meta', { tier: 'gold' })).data), [1, 4])
    assert.deepEqual(ids((await projects().rangeLt('period', '[10,20)')).data), [1, 2])
    assert.deepEqual(ids((await projects().rangeGt('period', '[1,6)')).data), [3])
    assert.deepEqual(ids((await projects().rangeGte('period', '[5,6)')).data), [2, 3])
    assert.deepEqual(ids((await projects().rangeLte('period', '[1,6)')).data), [1])
    assert.deepEqual(ids((await projects().rangeAdjacent('period', '[10,20)')).data), [2, 3])
    assert.deepEqual(ids((await projects().eq('meta->>tier', 'silver')).data), [2])
  })

  it('searches text with fts plfts phfts wfts', async () => {
    assert.deepEqual(ids((await projects().textSearch('summary', 'coffee')).data), [1, 2])
    assert.deepEqual(
      ids((await projects().textSearch('summary', 'website & audit', { config: 'english' })).data),
      [3],
    )
    assert.deepEqual(
      ids(
        (await projects().textSearch('summary', 'coffee ordering', { type: 'plain', config: 'english' }))
          .data,
      ),
      [2],
    )
    assert.deepEqual(
      ids(
        (await projects().textSearch('summary', 'fast website', { type: 'phrase', config: 'english' })).data,
      ),
      [1],
    )
    assert.deepEqual(
      ids(
        (await projects().textSearch('summary', 'coffee -mobile', { type: 'websearch', config: 'english' }))
          .data,
      ),
      [1],
    )
  })

  it('combines with or, and, not, nested', async () => {
    assert.deepEqual(ids((await projects().or('id.eq.1,client_id.is.null')).data), [1, 4])
    assert.deepEqual(
      ids((await projects().or('name.eq.Audit,and(client_id.eq.1,budget.gt.2000)')).data),
      [2, 3],
    )
    assert.deepEqual(
      ids((await projects().not('name', 'eq', 'Audit').not('name', 'like', 'W*')).data),
      [2, 4],
    )
    const negated = await restFetch('/projects?select=id&order=id&not.or=(id.eq.1,id.eq.2)')
    assert.deepEqual(ids((await negated.json()) as { id: number }[]), [3, 4])
  })

  it('treats SQL in values as plain values', async () => {
    const { data, error } = await projects().eq('name', "x'; drop table conformance.projects; --")
    assert.equal(error, null)
    assert.deepEqual(data, [])
  })

  it('refuses malformed filters with 400 PGRST100', async () => {
    for (const query of [
      'id=foo.1',
      'id=eq',
      'id=in.1,2',
      'or=(id.eq.1',
      'id=is.maybe',
      'order=id.sideways',
    ]) {
      const response = await restFetch(`/projects?${query}`)
      assert.equal(response.status, 400, query)
      assert.equal(((await response.json()) as { code: string }).code, 'PGRST100', query)
    }
  })

  it('reports a value of the wrong type as 400 22P02', async () => {
    const { error, status } = await projects().eq('id', 'abc')
    assert.equal(status, 400)
    assert.equal(error?.code, '22P02')
  })
})
