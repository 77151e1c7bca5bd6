import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseFilter, parseLogic } from '../../supabase/local/rest/parse/filter.ts'
import { parseOrder } from '../../supabase/local/rest/parse/order.ts'
import { ParseError, type RestError } from '../../supabase/local/rest/errors.ts'
import { parsePrefer } from '../../supabase/local/rest/parse/prefer.ts'
import { parseQuery } from '../../supabase/local/rest/parse/query.ts'
import { parseSelect } from '../../supabase/local/rest/parse/select.ts'
import { capRows, parseRangeHeader, topLevelRange } from '../../supabase/local/rest/plan/ranges.ts'
import type { ReadNode } from '../../supabase/local/rest/plan/read-plan.ts'

const field = (name: string) => ({ name, jsonPath: [] })

describe('parse: select', () => {
  const cases: [string, unknown][] = [
    ['', [{ kind: 'star' }]],
    [
      'id,name',
      [
        { kind: 'column', field: field('id'), alias: null, cast: null },
        { kind: 'column', field: field('name'), alias: null, cast: null },
      ],
    ],
    ['total:budget::text', [{ kind: 'column', field: field('budget'), alias: 'total', cast: 'text' }]],
    [
      'meta->>tier',
      [
        {
          kind: 'column',
          field: { name: 'meta', jsonPath: [{ arrow: '->>', key: 'tier' }] },
          alias: null,
          cast: null,
        },
      ],
    ],
    [
      'client:clients!inner(name)',
      [
        {
          kind: 'embed',
          relation: 'clients',
          alias: 'client',
          hint: null,
          joinType: 'inner',
          spread: false,
          select: [{ kind: 'column', field: field('name'), alias: null, cast: null }],
        },
      ],
    ],
    [
      'people!author_id(*)',
      [
        {
          kind: 'embed',
          relation: 'people',
          alias: null,
          hint: 'author_id',
          joinType: null,
          spread: false,
          select: [{ kind: 'star' }],
        },
      ],
    ],
    [
      '...clients(name)',
      [
        {
          kind: 'embed',
          relation: 'clients',
          alias: null,
          hint: null,
          joinType: null,
          spread: true,
          select: [{ kind: 'column', field: field('name'), alias: null, cast: null }],
        },
      ],
    ],
  ]
  for (const [text, expected] of cases)
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(parseSelect(text), expected))
  for (const bad of ['id,(', 'a::b::c', 'clients(name', 'x::text;drop', '...name']) {
    it(`refuses ${JSON.stringify(bad)}`, () => assert.throws(() => parseSelect(bad), ParseError))
  }
  it('refuses embeds nested too deeply', () =>
    assert.throws(() => parseSelect('a('.repeat(40) + 'id' + ')'.repeat(40)), ParseError))
})

describe('parse: filters', () => {
  const cases: [string, unknown][] = [
    ['eq.1', { operator: 'eq', negated: false, value: { kind: 'single', value: '1' } }],
    ['not.is.NULL', { operator: 'is', negated: true, value: { kind: 'single', value: 'null' } }],
    [
      'in.(1,"a,b",c)',
      { operator: 'in', negated: false, value: { kind: 'list', values: ['1', 'a,b', 'c'] } },
    ],
    [
      'like(any).{a*,*b}',
      {
        operator: 'like',
        negated: false,
        value: { kind: 'quantified', quantifier: 'any', values: ['a*', '*b'] },
      },
    ],
    [
      'fts(english).coffee',
      { operator: 'fts', negated: false, value: { kind: 'text-search', config: 'english', query: 'coffee' } },
    ],
    ['eq.a.b.c', { operator: 'eq', negated: false, value: { kind: 'single', value: 'a.b.c' } }],
  ]
  for (const [raw, expected] of cases) {
    it(`reads ${raw}`, () =>
      assert.deepEqual(parseFilter(field('x'), raw), {
        kind: 'filter',
        field: field('x'),
        ...(expected as object),
      }))
  }
  for (const bad of ['foo.1', 'eq', 'in.1,2', 'is.maybe', 'eq(any).x', 'not.']) {
    it(`refuses ${bad}`, () => assert.throws(() => parseFilter(field('x'), bad), ParseError))
  }
  it('reads nested logic trees', () => {
    const tree = parseLogic('or', false, '(a.eq.1,not.and(b.gt.2,c.is.null))')
    assert.equal(tree.kind, 'logic')
    assert.equal(
      tree.kind === 'logic' && tree.conditions[1]?.kind === 'logic' && tree.conditions[1].negated,
      true,
    )
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
      return: 'representation',
      count: 'exact',
      resolution: 'merge-duplicates',
      missing: null,
      tx: null,
    })
  })
  it('scopes embedded parameters by path', () => {
    const query = parseQuery(
      new URLSearchParams(
        'select=id,clients(name)&clients.name=eq.x&clients.order=name&clients.limit=1&not.or=(id.eq.1)',
      ),
    )
    assert.deepEqual(
      query.filters.map((filter) => filter.key),
      ['clients.name'],
    )
    assert.deepEqual(query.order[0]?.path, ['clients'])
    assert.deepEqual(query.limits[0], { path: ['clients'], value: 1 })
    assert.equal(query.logic[0]?.value.kind === 'logic' && query.logic[0].value.negated, true)
    assert.deepEqual(parseQuery(new URLSearchParams('limit=x&offset=-1')).limits, [])
    assert.throws(() => parseQuery(new URLSearchParams('offset=99999999999999999999')), ParseError)
    // db-max-rows cuts any limit, so one too large for bigint only means "as many as allowed".
    assert.deepEqual(parseQuery(new URLSearchParams('limit=99999999999999999999')).limits, [
      { path: [], value: Infinity },
    ])
    assert.throws(() => parseQuery(new URLSearchParams(`a=eq.${'x'.repeat(20_000)}`)), ParseError)
  })
})

const all = { lower: 0, upper: Infinity }
const range = (query: string, header = all) => topLevelRange(parseQuery(new URLSearchParams(query)), header)
const node = (limit: number | null, offset: number | null, embeds: ReadNode[] = []) =>
  ({ limit, offset, embeds: embeds.map((child) => ({ node: child })) }) as unknown as ReadNode

describe('ranges: Range header, limit/offset and max_rows (PostgREST RangeQuery)', () => {
  it('reads the Range header as PostgREST does, ignoring anything else', () => {
    const cases: [string | undefined, { lower: number; upper: number }][] = [
      ['0-9', { lower: 0, upper: 9 }],
      ['10-', { lower: 10, upper: Infinity }],
      ['5-2', { lower: 5, upper: 2 }],
      ['items=0-9', all],
      ['-5', all],
      [undefined, all],
    ]
    for (const [header, expected] of cases)
      assert.deepEqual(parseRangeHeader(header), expected, String(header))
  })

  it('intersects the header with limit/offset and refuses an empty result with 416', () => {
    assert.deepEqual(range('limit=5&offset=10'), { lower: 10, upper: 14 })
    assert.deepEqual(range('offset=2', { lower: 0, upper: 9 }), { lower: 2, upper: 9 })
    assert.deepEqual(range('limit=0'), { lower: 0, upper: -1 })
    for (const [query, header] of [
      ['limit=0&offset=5', all],
      ['limit=5&offset=10', { lower: 0, upper: 3 }],
      ['', { lower: 5, upper: 2 }],
    ] as const) {
      assert.throws(
        () => range(query, header),
        (error: RestError) => error.status === 416 && error.code === 'PGRST103',
        query,
      )
    }
  })

  it('caps every level at max_rows, keeping offsets and limit=0', () => {
    const tree = node(null, null, [node(5000, 20), node(0, null), node(10, null)])
    capRows(tree, 1000)
    assert.deepEqual([tree.limit, tree.offset], [1000, 0])
    assert.deepEqual(
      tree.embeds.map((embed) => [embed.node.limit, embed.node.offset]),
      [
        [1000, 20],
        [0, 0],
        [10, 0],
      ],
    )
    const uncapped = node(null, null)
    capRows(uncapped, null)
    assert.deepEqual([uncapped.limit, uncapped.offset], [null, null])
  })
})
