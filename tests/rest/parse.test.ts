import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseFilter, parseLogic } from '../../supabase/local/rest/parse/filter.ts'
import { parseOrder } from '../../supabase/local/rest/parse/order.ts'
import { ParseError } from '../../supabase/local/rest/parse/parse-error.ts'
import { parsePrefer } from '../../supabase/local/rest/parse/prefer.ts'
import { parseQuery } from '../../supabase/local/rest/parse/query.ts'
import { parseSelect } from '../../supabase/local/rest/parse/select.ts'

const field = (name: string) => ({ name, jsonPath: [] })

describe('parse: select', () => {
  const cases: [string, unknown][] = [
    ['', [{ kind: 'star' }]],
    ['id,name', [{ kind: 'column', field: field('id'), alias: null, cast: null }, { kind: 'column', field: field('name'), alias: null, cast: null }]],
    ['total:budget::text', [{ kind: 'column', field: field('budget'), alias: 'total', cast: 'text' }]],
    ['meta->>tier', [{ kind: 'column', field: { name: 'meta', jsonPath: [{ arrow: '->>', key: 'tier' }] }, alias: null, cast: null }]],
    ['client:clients!inner(name)', [{ kind: 'embed', relation: 'clients', alias: 'client', hint: null, joinType: 'inner', spread: false, select: [{ kind: 'column', field: field('name'), alias: null, cast: null }] }]],
    ['people!author_id(*)', [{ kind: 'embed', relation: 'people', alias: null, hint: 'author_id', joinType: null, spread: false, select: [{ kind: 'star' }] }]],
    ['...clients(name)', [{ kind: 'embed', relation: 'clients', alias: null, hint: null, joinType: null, spread: true, select: [{ kind: 'column', field: field('name'), alias: null, cast: null }] }]],
  ]
  for (const [text, expected] of cases) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(parseSelect(text), expected))
  for (const bad of ['id,(', 'a::b::c', 'clients(name', 'x::text;drop', '...name']) {
    it(`refuses ${JSON.stringify(bad)}`, () => assert.throws(() => parseSelect(bad), ParseError))
  }
  it('refuses embeds nested too deeply', () => assert.throws(() => parseSelect('a('.repeat(40) + 'id' + ')'.repeat(40)), ParseError))
})

describe('parse: filters', () => {
  const cases: [string, unknown][] = [
    ['eq.1', { operator: 'eq', negated: false, value: { kind: 'single', value: '1' } }],
    ['not.is.NULL', { operator: 'is', negated: true, value: { kind: 'single', value: 'null' } }],
    ['in.(1,"a,b",c)', { operator: 'in', negated: false, value: { kind: 'list', values: ['1', 'a,b', 'c'] } }],
    ['like(any).{a*,*b}', { operator: 'like', negated: false, value: { kind: 'quantified', quantifier: 'any', values: ['a*', '*b'] } }],
    ['fts(english).coffee', { operator: 'fts', negated: false, value: { kind: 'text-search', config: 'english', query: 'coffee' } }],
    ['eq.a.b.c', { operator: 'eq', negated: false, value: { kind: 'single', value: 'a.b.c' } }],
  ]
  for (const [raw, expected] of cases) {
    it(`reads ${raw}`, () => assert.deepEqual(parseFilter(field('x'), raw), { kind: 'filter', field: field('x'), ...(expected as object) }))
  }
  for (const bad of ['foo.1', 'eq', 'in.1,2', 'is.maybe', 'eq(any).x', 'not.']) {
    it(`refuses ${bad}`, () => assert.throws(() => parseFilter(field('x'), bad), ParseError))
  }
  it('reads nested logic trees', () => {
    const tree = parseLogic('or', false, '(a.eq.1,not.and(b.gt.2,c.is.null))')
    assert.equal(tree.kind, 'logic')
    assert.equal(tree.kind === 'logic' && tree.conditions[1]?.kind === 'logic' && tree.conditions[1].negated, true)
  })
})

describe('parse: order, prefer, query', () => {
  it('reads order terms', () => {
    assert.deepEqual(parseOrder('name.desc.nullsfirst,id'), [
      { field: field('name'), direction: 'desc', nulls: 'first' },
      { field: field('id'), direction: null, nulls: null },
    ])
    assert.throws(() => parseOrder('name.sideways'), ParseError)
  })
  it('reads Prefer leniently', () => {
    assert.deepEqual(parsePrefer('return=representation, count=exact,resolution=merge-duplicates, bogus=1'), {
      return: 'representation', count: 'exact', resolution: 'merge-duplicates', missing: null, tx: null,
    })
  })
  it('scopes embedded parameters by path', () => {
    const query = parseQuery(new URLSearchParams('select=id,clients(name)&clients.name=eq.x&clients.order=name&clients.limit=1&not.or=(id.eq.1)'))
    assert.deepEqual(query.filters.map((filter) => filter.key), ['clients.name'])
    assert.deepEqual(query.order[0]?.path, ['clients'])
    assert.deepEqual(query.limits[0], { path: ['clients'], value: 1 })
    assert.equal(query.logic[0]?.value.kind === 'logic' && query.logic[0].value.negated, true)
    assert.deepEqual(parseQuery(new URLSearchParams('limit=x&offset=-1')).limits, [])
    assert.throws(() => parseQuery(new URLSearchParams('offset=99999999999999999999')), ParseError)
    // db-max-rows cuts any limit, so one too large for bigint only means "as many as allowed".
    assert.deepEqual(parseQuery(new URLSearchParams('limit=99999999999999999999')).limits, [{ path: [], value: Infinity }])
    assert.throws(() => parseQuery(new URLSearchParams(`a=eq.${'x'.repeat(20_000)}`)), ParseError)
  })
})
