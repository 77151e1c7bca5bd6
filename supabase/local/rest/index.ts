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
 * `/rest/v1`: PostgREST 12 as supabase-js uses it, one stage after the other as in PostgREST's
 * App.postgrestResponse: parse, plan, build the statement, run it in one transaction, respond. RLS decides.
 */
export const handleRest: ServiceHandler = async (request, context) => {
  const verdict = resolveRequestRole(request.headers)
  if (!verdict.ok) return errorResponse(jwtDecodeError(verdict.message))
  const who = verdict.value
  try {
    const rest = await parseRequest(request, context.exposedSchemas)
    const plan = planAction(await schemaCache(context.engine), rest, context.maxRows)
    const statement = buildStatement(plan, rest, context.maxRows)
    const outcome = await execute(context.engine, who, rest, statement, plan.singular, context.maxRows)
    return actionResponse(plan, rest, outcome)
  } catch (error) {
    if (error instanceof RestError) return errorResponse(error)
    if (error instanceof DatabaseError) return errorResponse(fromDatabaseError(error, who.role !== 'anon'))
    throw error
  }
}
