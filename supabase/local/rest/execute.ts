import { apiRoleSettings } from '../engine/api-session.ts'
import type { Engine } from '../engine/types.ts'
import type { RequestRole } from '../http/request-role.ts'
import { singularityError } from './errors.ts'
import type { RestRequest } from './parse/request.ts'
import { isReadMethod } from './parse/target.ts'
import type { Statement } from './sql/statement.ts'

/** What the statement returns: the JSON body built by Postgres, the page size and the total, if counted. */
export interface Outcome {
  body: string | null
  pageTotal: number
  total: number | null
}

interface StatementRow {
  body: string | null
  page_total: string | number
  total: string | number | null
}

/**
 * The only stage that touches the database: one transaction as the request's role with its claims
 * (PostgREST's Query.mainQuery run by MainTx); a refusal thrown inside it rolls the change back.
 */
export async function execute(
  engine: Engine,
  who: RequestRole,
  request: RestRequest,
  statement: Statement,
  singular: boolean,
  maxRows: number | null,
): Promise<Outcome> {
  const { method, path, headers } = request
  const settings = apiRoleSettings(who, { method, path, headers })
  if (isReadMethod(method) && !statement.explainCount) {
    // A read changes nothing, so its singular check may follow the commit: one round trip in all.
    const { rows } = await engine.read<StatementRow>(statement.sql, statement.params, { settings })
    const outcome = outcomeOf(rows[0])
    if (singular && outcome.pageTotal !== 1) throw singularityError(outcome.pageTotal)
    return outcome
  }
  return engine.transaction(
    async (tx) => {
      const { rows } = await tx.query<StatementRow>(statement.sql, statement.params, { prepare: true })
      const outcome = outcomeOf(rows[0])
      const explain = statement.explainCount
      if (explain && wantsEstimate(request, outcome.total, maxRows)) {
        const { rows: plan } = await tx.query<{ 'QUERY PLAN': unknown }>(explain.sql, explain.params)
        const planned = planRows(plan[0]?.['QUERY PLAN'])
        outcome.total =
          request.preferences.count === 'planned' ? planned : Math.max(outcome.total ?? 0, planned)
      }
      // A singular request is refused inside the transaction (PostgREST's MainTx.failNotSingular).
      if (singular && outcome.pageTotal !== 1) throw singularityError(outcome.pageTotal)
      return outcome
    },
    // The role and claims open the transaction in the same round trip as BEGIN (engine types.ts).
    { readOnly: isReadMethod(method), settings },
  )
}

function outcomeOf(row: StatementRow | undefined): Outcome {
  return {
    body: row?.body ?? null,
    pageTotal: Number(row?.page_total ?? 0),
    total: row?.total == null ? null : Number(row.total),
  }
}

/**
 * The planner's row estimate is used always for count=planned; for count=estimated only past
 * max_rows, and never below what was counted (PostgREST's Query.resultSetWTotal).
 */
function wantsEstimate(request: RestRequest, total: number | null, maxRows: number | null): boolean {
  if (request.preferences.count === 'planned') return true
  return maxRows === null || (total ?? 0) > maxRows
}

/** "Plan Rows" of the top node of an EXPLAIN (FORMAT JSON) result (PostgREST's Statements.preparePlanRows). */
function planRows(plan: unknown): number {
  const parsed: unknown = typeof plan === 'string' ? JSON.parse(plan) : plan
  const top: unknown = Array.isArray(parsed) ? parsed[0] : null
  if (typeof top !== 'object' || top === null || !('Plan' in top)) return 0
  const node = top.Plan
  return typeof node === 'object' && node !== null && 'Plan Rows' in node ? Number(node['Plan Rows']) : 0
}
