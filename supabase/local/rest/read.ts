import type { ParsedQuery, RawFilter } from './parse/types.ts'
import { planRead } from './plan/read-plan.ts'
import type { Relation, SchemaCache } from './plan/schema-types.ts'
import type { Prepared, RequestShape } from './prepared.ts'
import { assertSingle, contentRange, jsonBody, preferenceApplied } from './respond.ts'
import { SqlParams, ident, qualified } from './sql/params.ts'
import { AliasCounter, responseSql, selectSql } from './sql/read-sql.ts'

export function conditionsOf(filters: RawFilter[]) {
  return filters.map((filter) => {
    if (filter.condition instanceof Error) throw filter.condition
    return filter.condition
  })
}

/** GET and HEAD on a table or view. */
export function prepareRead(cache: SchemaCache, relation: Relation, query: ParsedQuery, shape: RequestShape): Prepared {
  const node = planRead(cache, relation, query, conditionsOf(query.filters))
  const params = new SqlParams()
  const aliases = new AliasCounter()
  const from = `${qualified(relation.schema, relation.name)} ${ident('t0')}`
  const rows = selectSql(node, from, 't0', params, aliases)
  const counted = shape.preferences.count !== null
  const count = counted ? selectSql(node, from, 't0', params, aliases, { countOnly: true }) : null
  const offset = node.offset ?? 0
  return {
    sql: responseSql(rows, count),
    params: params.values,
    respond: (outcome) => {
      assertSingle(shape, outcome)
      const partial = outcome.total !== null && outcome.pageTotal < outcome.total
      const headers = { 'content-range': contentRange(offset, outcome), ...preferenceApplied(shape.preferences, counted ? ['count'] : []) }
      return jsonBody(partial ? 206 : 200, shape, outcome.body ?? '[]', headers)
    },
  }
}
