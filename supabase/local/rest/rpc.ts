import { ParseError } from './parse/parse-error.ts'
import type { ParsedQuery } from './parse/types.ts'
import { planRead } from './plan/read-plan.ts'
import { chooseRoutine } from './plan/rpc-plan.ts'
import type { Relation, SchemaCache } from './plan/schema-types.ts'
import type { Prepared, RequestShape } from './prepared.ts'
import { conditionsOf, limitRead } from './read.ts'
import { assertSingle, contentRange, jsonBody, outOfBounds, rangeStatus } from './respond.ts'
import { SqlParams, ident } from './sql/params.ts'
import { AliasCounter, responseSql, selectSql } from './sql/read-sql.ts'
import { routineCall, routineRowsFrom, scalarCallSql } from './sql/rpc-sql.ts'

/**
 * POST /rpc/fn with JSON arguments, or GET/HEAD with arguments in the query string (the query
 * parameters named like the routine's parameters; the others filter its result).
 */
export function prepareRpc(cache: SchemaCache, name: string, query: ParsedQuery, shape: RequestShape, body: unknown): Prepared {
  let args: Record<string, unknown>
  let filters = query.filters
  if (shape.method === 'POST') {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ParseError('Empty or invalid json', null, 'PGRST102')
    args = body as Record<string, unknown>
  } else {
    const overloads = cache.routines.get(`${shape.schema}\u0000${name}`) ?? []
    const paramNames = new Set(overloads.flatMap((routine) => routine.params.map((param) => param.name)))
    args = Object.fromEntries(query.filters.filter((filter) => paramNames.has(filter.key)).map((filter) => [filter.key, filter.raw]))
    filters = query.filters.filter((filter) => !paramNames.has(filter.key))
  }
  const { routine, wholeBody } = chooseRoutine(cache, shape.schema, name, Object.keys(args))
  const params = new SqlParams()
  const call = routineCall(routine, args, wholeBody, params)
  const result = routine.result
  if (result.kind === 'scalar' && !routine.returnsSet) {
    return {
      sql: scalarCallSql(call, result.void),
      params: params.values,
      respond: (outcome) => {
        if (result.void) return { status: 204, headers: { 'content-range': '0-0/*' } }
        return jsonBody(200, { ...shape, singleObject: false }, outcome.body ?? 'null', { 'content-range': '0-0/*' })
      },
    }
  }
  const relation: Relation = result.kind === 'rows' ? result.relation
    : { schema: routine.schema, name: routine.name, kind: 'function-result', primaryKey: [], uniqueKeys: [], columns: new Map([[routine.name, { name: routine.name, type: result.type, category: '', nullable: true, hasDefault: false }]]) }
  const node = planRead(cache, relation, query, conditionsOf(filters))
  // A set-returning routine is read like a table: its rows are capped too (PostgREST's callReadPlan).
  const { lower: offset } = limitRead(node, query, shape)
  const aliases = new AliasCounter()
  const from = routineRowsFrom(call, result.kind === 'scalar' ? routine.name : null)
  const rows = selectSql(node, from, 't0', params, aliases)
  const count = shape.preferences.count !== null ? selectSql(node, from, 't0', params, aliases, { countOnly: true }) : null
  const element = result.kind === 'scalar' ? `"pgrst_t".${ident(routine.name)}` : '"pgrst_t"'
  const sql = responseSql(rows, count, element)
  const single = !routine.returnsSet
  return {
    sql,
    params: params.values,
    check: (outcome) => assertSingle(shape, outcome),
    respond: (outcome) => {
      const status = rangeStatus(offset, outcome)
      const text = status === 416 ? outOfBounds(offset, outcome) : (outcome.body ?? '[]')
      const response = jsonBody(status, { ...shape, singleObject: (shape.singleObject || single) && status !== 416 }, text, { 'content-range': contentRange(offset, outcome) })
      return shape.singleObject ? response : { ...response, headers: { ...response.headers, 'content-type': 'application/json; charset=utf-8' } }
    },
  }
}
