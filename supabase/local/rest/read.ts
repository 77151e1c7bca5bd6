import type { ParsedQuery, RawFilter } from './parse/types.ts'
import { planRead, type ReadNode } from './plan/read-plan.ts'
import { applyRange, capRows, topLevelRange, type RowRange } from './plan/ranges.ts'
import type { Relation, SchemaCache } from './plan/schema-types.ts'
import type { Prepared, RequestShape } from './prepared.ts'
import { assertSingle, contentRange, jsonBody, outOfBounds, preferenceApplied, rangeStatus } from './respond.ts'
import { SqlParams, ident, qualified } from './sql/params.ts'
import { AliasCounter, responseSql, selectSql } from './sql/read-sql.ts'

export function conditionsOf(filters: RawFilter[]) {
  return filters.map((filter) => {
    if (filter.condition instanceof Error) throw filter.condition
    return filter.condition
  })
}

/** The requested rows on the top level, then db-max-rows on every level: what a read returns. */
export function limitRead(node: ReadNode, query: ParsedQuery, shape: RequestShape): RowRange {
  const range = topLevelRange(query, shape.range)
  applyRange(node, range)
  capRows(node, shape.maxRows)
  return range
}

/**
 * The planner's row estimate of the count query: always for count=planned; for count=estimated
 * only past max_rows, and never below what was counted (PostgREST's Query.resultSetWTotal).
 */
function plannedCount(node: ReadNode, from: string, shape: RequestShape): Prepared['plannedCount'] {
  const { count } = shape.preferences
  if (count !== 'planned' && count !== 'estimated') return undefined
  const params = new SqlParams()
  const sql = `explain (format json) ${selectSql(node, from, 't0', params, new AliasCounter(), { countOnly: true })}`
  if (count === 'planned') return { sql, params: params.values, wanted: () => true, combine: (_, planned) => planned }
  const { maxRows } = shape
  return {
    sql,
    params: params.values,
    wanted: (total) => maxRows === null || (total ?? 0) > maxRows,
    combine: (total, planned) => Math.max(total ?? 0, planned),
  }
}

/** GET and HEAD on a table or view. */
export function prepareRead(cache: SchemaCache, relation: Relation, query: ParsedQuery, shape: RequestShape): Prepared {
  const node = planRead(cache, relation, query, conditionsOf(query.filters))
  const { lower: offset } = limitRead(node, query, shape)
  const params = new SqlParams()
  const aliases = new AliasCounter()
  const from = `${qualified(relation.schema, relation.name)} ${ident('t0')}`
  const rows = selectSql(node, from, 't0', params, aliases)
  const counted = shape.preferences.count !== null
  const count = counted ? selectSql(node, from, 't0', params, aliases, { countOnly: true }) : null
  const estimated = shape.preferences.count === 'estimated'
  return {
    // count=estimated counts at most max_rows + 1 rows (PostgREST's Query.readQuery).
    sql: responseSql(rows, count, undefined, estimated && shape.maxRows !== null ? shape.maxRows + 1 : null),
    params: params.values,
    plannedCount: plannedCount(node, from, shape),
    respond: (outcome) => {
      assertSingle(shape, outcome)
      const status = rangeStatus(offset, outcome)
      const headers = { 'content-range': contentRange(offset, outcome), ...preferenceApplied(shape.preferences, counted ? ['count'] : []) }
      return jsonBody(status, shape, status === 416 ? outOfBounds(offset, outcome) : (outcome.body ?? '[]'), headers)
    },
  }
}
