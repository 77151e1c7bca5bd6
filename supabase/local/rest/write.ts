import type { ApiResponse } from '../http/types.ts'
import type { ParsedQuery } from './parse/types.ts'
import { planRead } from './plan/read-plan.ts'
import type { Relation, SchemaCache } from './plan/schema-types.ts'
import { planInsert, planUpdate, type WriteAction } from './plan/write-plan.ts'
import type { Outcome, Prepared, RequestShape } from './prepared.ts'
import { conditionsOf } from './read.ts'
import { assertSingle, contentRange, jsonBody, preferenceApplied } from './respond.ts'
import { SqlParams } from './sql/params.ts'
import { AliasCounter, responseSql, selectSql } from './sql/read-sql.ts'
import { writeSql } from './sql/write-sql.ts'

/** POST (insert, upsert), PATCH and DELETE on a table; rows come back through the same read plan. */
export function prepareWrite(cache: SchemaCache, relation: Relation, query: ParsedQuery, shape: RequestShape, body: unknown): Prepared {
  const { method, preferences } = shape
  const atRoot = <T extends { path: string[] }>(items: T[]) => items.filter((item) => item.path.length === 0)
  const scopeQuery = { ...query, select: [], logic: atRoot(query.logic), order: atRoot(query.order), limits: atRoot(query.limits), offsets: [] }
  const scopeNode = planRead(cache, relation, scopeQuery, atRoot(conditionsOf(query.filters)))
  const action: WriteAction =
    method === 'POST' ? planInsert(relation, body, query.columns, query.onConflict, preferences)
    : method === 'PATCH' ? planUpdate(relation, body, query.columns)
    : { kind: 'delete' }
  const returnsRows = preferences.return === 'representation' || preferences.return === 'headers-only'
  const params = new SqlParams()
  const scope = { conditions: scopeNode.conditions, order: scopeNode.order, limit: scopeNode.limit }
  const change = writeSql(relation, action, scope, params, returnsRows)
  const select = preferences.return === 'headers-only' ? [{ kind: 'star' as const }] : query.select
  const readNode = planRead(cache, relation, { ...query, select, logic: [], order: [], limits: [], offsets: [] }, [])
  const rows = returnsRows ? selectSql(readNode, '"pgrst_source" "t0"', 't0', params, new AliasCounter()) : 'select 1 from "pgrst_source"'
  const noChange = action.kind === 'update' && action.columns.length === 0
  const sql = noChange ? 'select \'[]\' as "body", 0 as "page_total", null::bigint as "total"' : `with "pgrst_source" as (${change}) ${responseSql(rows, action.kind === 'insert' ? 'select 1 from "pgrst_source" where "pgrst_inserted"' : null)}`
  return {
    sql,
    params: noChange ? [] : params.values,
    check: (outcome) => assertSingle(shape, outcome),
    respond: (outcome) => writeResponse(relation, shape, outcome, action),
  }
}

function writeResponse(relation: Relation, shape: RequestShape, outcome: Outcome, action: WriteAction): ApiResponse {
  const { preferences } = shape
  const applied = preferenceApplied(preferences, ['resolution', 'missing', 'return'].filter((key) => key !== 'missing' || action.kind === 'insert') as ('resolution' | 'missing' | 'return')[])
  const range = action.kind === 'update' ? contentRange(0, outcome) : '*/*'
  // The statement counts an insert's new rows as its total: an upsert that only updated answers 200.
  const onlyUpdated = preferences.resolution === 'merge-duplicates' && outcome.total === 0 && outcome.pageTotal > 0
  const status = action.kind === 'insert' ? (onlyUpdated ? 200 : 201) : 200
  if (preferences.return === 'representation') return jsonBody(status, shape, outcome.body ?? '[]', { 'content-range': range, ...applied })
  const headers: Record<string, string> = { 'content-range': range, ...applied }
  if (preferences.return === 'headers-only' && action.kind === 'insert') {
    const location = locationOf(relation, outcome.body)
    if (location) headers.location = location
  }
  return { status: action.kind === 'insert' ? status : 204, headers }
}

/** `/scratch?id=eq.5` for the first inserted row, when the table has a primary key. */
function locationOf(relation: Relation, body: string | null): string | null {
  const rows = JSON.parse(body ?? '[]') as Record<string, unknown>[]
  const row = rows[0]
  if (!row || relation.primaryKey.length === 0) return null
  const filters = relation.primaryKey.map((column) => `${encodeURIComponent(column)}=eq.${encodeURIComponent(String(row[column]))}`)
  return `/${relation.name}?${filters.join('&')}`
}
