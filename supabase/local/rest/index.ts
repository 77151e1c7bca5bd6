import { DatabaseError, type Engine } from '../engine/types.ts'
import { resolveRequestRole } from '../http/request-role.ts'
import type { ServiceHandler } from '../http/types.ts'
import { fromDatabaseError } from './database-errors.ts'
import { jwtDecodeError, RestError } from './errors.ts'
import { execute } from './execute.ts'
import { parseRequest } from './parse/request.ts'
import { planAction } from './plan/action-plan.ts'
import { forgetSchemaCache, schemaCache } from './plan/schema-cache.ts'
import { actionResponse } from './respond/action-response.ts'
import { errorResponse } from './respond/parts.ts'
import { buildStatement } from './sql/statement.ts'

/** Makes the next request read pg_catalog again; the stack calls it after migrations. */
export function reloadSchemaCache(context: { engine: Engine }): void {
  forgetSchemaCache(context.engine)
}

/**
 * `/rest/v1`: PostgREST 12 as supabase-js uses it, one stage after the other as PostgREST's
 * App.postgrestResponse runs them. RLS decides.
 */
export const handleRest: ServiceHandler = async (request, context) => {
  // Auth.getAuthResult: a token that does not verify is refused before anything else
  const verdict = resolveRequestRole(request.headers)
  if (!verdict.ok) return errorResponse(jwtDecodeError(verdict.message))
  const who = verdict.value
  try {
    // ApiRequest.userApiRequest: path, method, profile, query string, headers and JSON body
    const apiRequest = await parseRequest(request, context.exposedSchemas)
    // Plan.actionPlan: every name resolved against the schema cache
    const plan = planAction(await schemaCache(context.engine), apiRequest, context.maxRows)
    // Query.mainQuery: the one statement (Query.Statements)
    const statement = buildStatement(plan, apiRequest, context.maxRows)
    // MainTx: one transaction as the request's role with its claims
    const outcome = await execute(context.engine, who, apiRequest, statement, plan.singular, context.maxRows)
    // Response.actionResponse: status, headers (Content-Range, Preference-Applied) and body
    return actionResponse(plan, apiRequest, outcome)
  } catch (error) {
    if (error instanceof RestError) return errorResponse(error)
    if (error instanceof DatabaseError) return errorResponse(fromDatabaseError(error, who.role !== 'anon'))
    throw error
  }
}
