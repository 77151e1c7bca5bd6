import type { RestRequest } from '../parse/request.ts'
import type { ActionPlan, CallPlan, MutatePlan, ReadPlan } from '../plan/plan-types.ts'
import { SqlParams, ident, qualified } from './params.ts'
import { AliasCounter, responseSql, selectSql } from './read-sql.ts'
import { routineCall, routineRowsFrom, scalarCallSql } from './rpc-sql.ts'
import { writeSql } from './write-sql.ts'

/**
 * The one statement of a request, answering one row of "body", "page_total" and "total"; with
 * count=planned or count=estimated also the count query to EXPLAIN (PostgREST's Query.Statements).
 */
export interface Statement {
  sql: string
  params: unknown[]
  explainCount?: { sql: string; params: unknown[] }
}

export function buildStatement(plan: ActionPlan, request: RestRequest, maxRows: number | null): Statement {
  if (plan.kind === 'read') return readStatement(plan, request, maxRows)
  if (plan.kind === 'mutate') return mutateStatement(plan, request)
  return callStatement(plan, request)
}

/** Statements.mainRead: the page, and the count when asked; count=estimated counts at most max_rows + 1 rows. */
function readStatement({ node }: ReadPlan, request: RestRequest, maxRows: number | null): Statement {
  const { count } = request.preferences
  const params = new SqlParams()
  const aliases = new AliasCounter()
  const from = `${qualified(node.relation.schema, node.relation.name)} ${ident('t0')}`
  const rows = selectSql(node, from, 't0', params, aliases)
  const counted = count === null ? null : selectSql(node, from, 't0', params, aliases, { countOnly: true })
  const countLimit = count === 'estimated' && maxRows !== null ? maxRows + 1 : null
  const statement: Statement = {
    sql: responseSql(rows, counted, undefined, countLimit),
    params: params.values,
  }
  if (count === 'planned' || count === 'estimated') {
    const explained = new SqlParams()
    const sql = `explain (format json) ${selectSql(node, from, 't0', explained, new AliasCounter(), { countOnly: true })}`
    statement.explainCount = { sql, params: explained.values }
  }
  return statement
}

/** Statements.mainWrite: the change in a CTE, the changed rows read back when they are returned. */
function mutateStatement(
  { relation, action, scope, returning }: MutatePlan,
  request: RestRequest,
): Statement {
  if (action.kind === 'update' && action.columns.length === 0)
    return { sql: 'select \'[]\' as "body", 0 as "page_total", null::bigint as "total"', params: [] }
  const returnsRows =
    request.preferences.return === 'representation' || request.preferences.return === 'headers-only'
  const params = new SqlParams()
  const change = writeSql(relation, action, scope, params, returnsRows)
  const rows = returnsRows
    ? selectSql(returning, '"pgrst_source" "t0"', 't0', params, new AliasCounter())
    : 'select 1 from "pgrst_source"'
  // An insert counts its new rows as the total: an upsert that only updated is told apart by it.
  const inserted = action.kind === 'insert' ? 'select 1 from "pgrst_source" where "pgrst_inserted"' : null
  return { sql: `with "pgrst_source" as (${change}) ${responseSql(rows, inserted)}`, params: params.values }
}

/** Statements.mainCall: a scalar routine's value, or its rows read like a table. */
function callStatement({ routine, args, wholeBody, result }: CallPlan, request: RestRequest): Statement {
  const params = new SqlParams()
  const call = routineCall(routine, args, wholeBody, params)
  if (result.kind === 'scalar') return { sql: scalarCallSql(call, result.void), params: params.values }
  const aliases = new AliasCounter()
  const from = routineRowsFrom(call, result.column)
  const rows = selectSql(result.node, from, 't0', params, aliases)
  const counted =
    request.preferences.count === null
      ? null
      : selectSql(result.node, from, 't0', params, aliases, { countOnly: true })
  const element = result.column === null ? '"pgrst_t"' : `"pgrst_t".${ident(result.column)}`
  return { sql: responseSql(rows, counted, element), params: params.values }
}
