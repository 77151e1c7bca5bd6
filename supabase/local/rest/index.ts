import { enterApiRole } from '../engine/api-session.ts'
import { DatabaseError, type Engine } from '../engine/types.ts'
import { resolveRequestRole, type RequestRole } from '../http/request-role.ts'
import type { ApiRequest, ApiResponse, ServiceHandler, StackContext } from '../http/types.ts'
import { fromDatabaseError } from './database-errors.ts'
import { RestError } from './errors.ts'
import { parsePrefer } from './parse/prefer.ts'
import { parseQuery } from './parse/query.ts'
import { parseRangeHeader } from './plan/ranges.ts'
import { forgetSchemaCache, schemaCache } from './plan/schema-cache.ts'
import { qualifiedKey, type SchemaCache } from './plan/schema-types.ts'
import { parseJsonBody } from './plan/write-plan.ts'
import type { Outcome, Prepared, RequestShape } from './prepared.ts'
import { prepareRead } from './read.ts'
import { errorResponse } from './respond.ts'
import { prepareRpc } from './rpc.ts'
import { allowedMethod, chooseSchema, isReadMethod, readTarget } from './target.ts'
import { prepareWrite } from './write.ts'

/** Makes the next request read pg_catalog again; the stack calls it after migrations. */
export function reloadSchemaCache(context: { engine: Engine }): void {
  forgetSchemaCache(context.engine)
}

/** `/rest/v1`: PostgREST 12 as supabase-js uses it. One transaction per request; RLS decides. */
export const handleRest: ServiceHandler = async (request, context) => {
  const verdict = resolveRequestRole(request.headers)
  if (!verdict.ok) {
    const header = `Bearer error="invalid_token", error_description="${verdict.message.replace(/"/g, "'")}"`
    return errorResponse(new RestError(401, 'PGRST301', verdict.message, null, null, { 'www-authenticate': header }))
  }
  try {
    return await serve(request, context, verdict.value)
  } catch (error) {
    if (error instanceof RestError) return errorResponse(error)
    if (error instanceof DatabaseError) return errorResponse(fromDatabaseError(error, verdict.value.role !== 'anon'))
    throw error
  }
}

async function serve(request: ApiRequest, context: StackContext, who: RequestRole): Promise<ApiResponse> {
  const target = readTarget(request.path)
  if (!allowedMethod(target, request.method)) throw new RestError(405, 'PGRST117', `Unsupported HTTP method: ${request.method}`)
  const schema = chooseSchema(request, context.exposedSchemas)
  const query = parseQuery(request.url.searchParams)
  const accept = request.headers.accept ?? ''
  const shape: RequestShape = {
    method: request.method,
    schema,
    preferences: parsePrefer(request.headers.prefer),
    singleObject: accept.includes('application/vnd.pgrst.object'),
    // PostgREST's ApiRequest.getRanges: the Range header counts on GET only.
    range: parseRangeHeader(request.method === 'GET' ? request.headers.range : undefined),
    maxRows: context.maxRows,
  }
  const body = isReadMethod(request.method) || request.method === 'DELETE' ? undefined : await readJson(request, target.kind === 'rpc')
  const cache = await schemaCache(context.engine)
  const prepared = prepare(cache, target, query, shape, body)
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([, value]) => typeof value === 'string')) as Record<string, string>
  const outcome = await context.engine.transaction(async (tx) => {
    await enterApiRole(tx, who, { method: request.method, path: request.url.pathname, headers })
    const { rows } = await tx.query<{ body: string | null; page_total: string | number; total: string | number | null }>(prepared.sql, prepared.params)
    const row = rows[0]
    const result: Outcome = { body: row?.body ?? null, pageTotal: Number(row?.page_total ?? 0), total: row?.total == null ? null : Number(row.total) }
    const planned = prepared.plannedCount
    if (planned?.wanted(result.total)) {
      const { rows: plan } = await tx.query<{ 'QUERY PLAN': unknown }>(planned.sql, planned.params)
      result.total = planned.combine(result.total, planRows(plan[0]?.['QUERY PLAN']))
    }
    prepared.check?.(result)
    return result
  }, { readOnly: isReadMethod(request.method) })
  return prepared.respond(outcome)
}

function prepare(cache: SchemaCache, target: ReturnType<typeof readTarget>, query: ReturnType<typeof parseQuery>, shape: RequestShape, body: unknown): Prepared {
  if (target.kind === 'rpc') return prepareRpc(cache, target.name, query, shape, body)
  const relation = cache.relations.get(qualifiedKey(shape.schema, target.name))
  if (!relation || relation.kind === 'function-result') throw new RestError(404, '42P01', `relation "${shape.schema}.${target.name}" does not exist`)
  if (isReadMethod(shape.method)) return prepareRead(cache, relation, query, shape)
  return prepareWrite(cache, relation, query, shape, body)
}

/** "Plan Rows" of the top node of an EXPLAIN (FORMAT JSON) result (PostgREST's Statements.preparePlanRows). */
function planRows(plan: unknown): number {
  const parsed: unknown = typeof plan === 'string' ? JSON.parse(plan) : plan
  const top: unknown = Array.isArray(parsed) ? parsed[0] : null
  if (typeof top !== 'object' || top === null || !('Plan' in top)) return 0
  const node = top.Plan
  return typeof node === 'object' && node !== null && 'Plan Rows' in node ? Number(node['Plan Rows']) : 0
}

async function readJson(request: ApiRequest, emptyIsObject: boolean): Promise<unknown> {
  const raw = await request.readBody()
  if (emptyIsObject && raw.length === 0) return {}
  return parseJsonBody(raw)
}
