import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { generatedShape, kindOf, type RowShape } from '../support/generated-shapes.ts'
import { APP_REQUESTS, appClient, type AppRequest, type AppResponse } from './app-requests.ts'

/** Splits a select at its top-level commas: `a, b:rel(c, d)` → `a`, `b:rel(c, d)`. */
function selectItems(select: string): string[] {
  const items: string[] = []
  let depth = 0
  let current = ''
  for (const char of select) {
    if (char === '(') depth++
    if (char === ')') depth--
    if (char === ',' && depth === 0) {
      items.push(current.trim())
      current = ''
    } else current += char
  }
  if (current.trim()) items.push(current.trim())
  return items
}

type Expected = Map<string, RowShape extends Map<string, infer V> ? V | Expected : never>

/** The keys a row must have and what each may hold, from the select the app sends and the generated types. */
function expectedRow(relation: string, select: string | null): Expected {
  const shape = generatedShape(relation)
  const expected: Expected = new Map()
  for (const item of select === null ? ['*'] : selectItems(select)) {
    const embed = /^(?:(\w+):)?(\w+)(?:!\w+)?\((.*)\)$/.exec(item)
    if (embed?.[2] && embed[3] !== undefined)
      expected.set(embed[1] ?? embed[2], expectedRow(`from:${embed[2]}`, embed[3]))
    else if (item === '*') for (const [key, kinds] of shape) expected.set(key, kinds)
    else {
      const kinds = shape.get(item)
      assert.ok(kinds, `${relation} has no column ${item}`)
      expected.set(item, kinds)
    }
  }
  return expected
}

const isRecord = (value: unknown): value is Record<string, unknown> => kindOf(value) === 'object'

function assertRow(row: unknown, expected: Expected, where: string) {
  assert.ok(isRecord(row), `${where}: a row is an object, not ${JSON.stringify(row)}`)
  const record = row
  assert.deepEqual(Object.keys(record).toSorted(), [...expected.keys()].toSorted(), `${where}: keys`)
  for (const [key, kinds] of expected) {
    const value = record[key]
    if (kinds instanceof Map) {
      if (value !== null) assertRow(value, kinds, `${where}.${key}`)
    } else if (kinds !== 'any')
      assert.ok(
        kinds.has(kindOf(value)),
        `${where}.${key}: ${JSON.stringify(value)} is not ${[...kinds].join(' | ')}`,
      )
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** A value's place in PostgreSQL's order where JavaScript can tell it without the collation: numbers, times, uuids. */
function rank(value: unknown): number | string | null | undefined {
  if (value === null || typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  if (UUID.test(value)) return value
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined
  // PostgreSQL keeps microseconds; Date.parse stops at milliseconds.
  const fraction = (/\.(\d+)/.exec(value)?.[1] ?? '').padEnd(6, '0')
  return Date.parse(value) * 1000 + Number(fraction.slice(3, 6))
}

/**
 * Rows come in the order the request's `order` asks (`a.desc,b.asc`; nulls last ascending, first
 * descending, as PostgreSQL sorts by default); text keys end the comparison of a pair.
 */
function assertOrdered(rows: unknown[], order: string | null, where: string) {
  if (!order) return
  const keys = order
    .split(',')
    .map((term) => ({ column: term.split('.')[0] ?? '', descending: term.includes('.desc') }))
  for (let index = 1; index < rows.length; index++) {
    const [before, after] = [rows[index - 1], rows[index]]
    if (!isRecord(before) || !isRecord(after)) return
    for (const { column, descending } of keys) {
      const [a, b] = [rank(before[column]), rank(after[column])]
      if (a === undefined || b === undefined || a === b) {
        if (a === b && a !== undefined) continue
        break
      }
      const nullsFirst = descending
      const inOrder = a === null ? nullsFirst : b === null ? !nullsFirst : descending ? a > b : a < b
      assert.ok(
        inOrder,
        `${where}: row ${index} out of order by ${column}: ${String(before[column])} then ${String(after[column])}`,
      )
      break
    }
  }
}

async function send(request: AppRequest): Promise<{ result: AppResponse; response: Response }> {
  let seen: Response | undefined
  const result = await request.build(appClient(request.persona, (response) => (seen = response)))
  assert.ok(seen, 'the request reached the server')
  return { result, response: seen }
}

const relationOf = (request: AppRequest) =>
  'from' in request.target ? `from:${request.target.from}` : `rpc:${request.target.rpc}`
const nameOf = (request: AppRequest) =>
  `${'from' in request.target ? request.target.from : `rpc/${request.target.rpc}`} (${request.source.replace(/^src\//, '')}, ${request.persona})`

describe('every REST request the app sends', () => {
  for (const request of APP_REQUESTS) {
    it(nameOf(request), async () => {
      const { result, response } = await send(request)
      const expect = request.expect
      const where = `${response.url}`
      if ('refused' in expect) {
        if (process.env.SHOW_REFUSALS)
          console.log(JSON.stringify([nameOf(request), result.status, result.error]))
        assert.equal(result.status, expect.status ?? 400, where)
        // A function the app calls with arguments it does not take would be refused too: not this way.
        assert.equal(result.error?.code, expect.code ?? 'P0001', `${where}: ${JSON.stringify(result.error)}`)
        assert.equal(result.error?.message, expect.refused, where)
        assert.deepEqual(
          Object.keys(result.error ?? {}).toSorted(),
          ['code', 'details', 'hint', 'message'],
          where,
        )
        return
      }
      assert.equal(result.error, null, `${where}: ${JSON.stringify(result.error)}`)
      // A counted page of a longer list is a 206 Partial Content, as PostgREST answers it.
      const partial = expect.rows === 'list' && expect.counted && result.status === 206
      if (!partial) assert.equal(result.status, 200, where)
      const expected = expectedRow(relationOf(request), new URL(response.url).searchParams.get('select'))
      if (expect.rows === 'none') return assert.equal(result.data, null, where)
      if (expect.rows === 'one') return assertRow(result.data, expected, where)
      assert.ok(Array.isArray(result.data), `${where}: an array`)
      const rows: unknown[] = result.data
      assert.ok(rows.length >= expect.min, `${where}: at least ${expect.min} rows, got ${rows.length}`)
      rows.forEach((row, index) => assertRow(row, expected, `${where} [${index}]`))
      assertOrdered(rows, new URL(response.url).searchParams.get('order'), where)
      const every = expect.every
      if (every)
        assert.ok(
          rows.every((row) => isRecord(row) && every(row)),
          `${where}: a row the filter leaves out`,
        )
      const from = expect.from ?? 0
      const shown = rows.length === 0 ? '*' : `${from}-${from + rows.length - 1}`
      if (expect.counted) {
        assert.ok(
          result.count !== null && result.count >= from + rows.length,
          `${where}: count ${result.count}`,
        )
        assert.equal(response.headers.get('content-range'), `${shown}/${result.count}`, where)
      } else {
        assert.equal(result.count, null, where)
        assert.equal(response.headers.get('content-range'), `${shown}/*`, where)
      }
    })
  }
})
