import { ambiguousRoutine, invalidBody, noRoutine } from '../errors.ts'
import type { RestRequest } from '../parse/request.ts'
import type { CallPlan } from './plan-types.ts'
import { limitRead } from './ranges.ts'
import { conditionsOf, planRead } from './read-plan.ts'
import { qualifiedKey, type Relation, type Routine, type SchemaCache } from './schema-types.ts'

const takesWholeBody = (routine: Routine) =>
  routine.params.length === 1 &&
  routine.params[0]!.name === '' &&
  ['json', 'jsonb'].includes(routine.params[0]!.type)

const signature = (routine: Routine) =>
  `${routine.schema}.${routine.name}(${routine.params.map((param) => `${param.name} => ${param.type}`).join(', ')})`

/**
 * POST with JSON arguments, or GET/HEAD with arguments in the query string: the query parameters
 * named like the routine's parameters; the others filter its result (PostgREST's Plan.callReadPlan).
 */
export function planCall(
  cache: SchemaCache,
  name: string,
  request: RestRequest,
  maxRows: number | null,
): CallPlan {
  const { query, schema, payload } = request
  let args: Record<string, unknown>
  let filters = query.filters
  if (request.method === 'POST') {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw invalidBody()
    args = { ...payload }
  } else {
    const overloads = cache.routines.get(qualifiedKey(schema, name)) ?? []
    const paramNames = new Set(overloads.flatMap((routine) => routine.params.map((param) => param.name)))
    args = Object.fromEntries(
      query.filters.filter((filter) => paramNames.has(filter.key)).map((filter) => [filter.key, filter.raw]),
    )
    filters = query.filters.filter((filter) => !paramNames.has(filter.key))
  }
  const { routine, wholeBody } = chooseRoutine(cache, schema, name, Object.keys(args))
  const result = routine.result
  if (result.kind === 'scalar' && !routine.returnsSet) {
    return {
      kind: 'call',
      routine,
      args,
      wholeBody,
      result: { kind: 'scalar', void: result.void },
      singular: false,
    }
  }
  const relation: Relation =
    result.kind === 'rows'
      ? result.relation
      : {
          schema: routine.schema,
          name: routine.name,
          kind: 'function-result',
          primaryKey: [],
          uniqueKeys: [],
          columns: new Map([
            [
              routine.name,
              { name: routine.name, type: result.type, category: '', nullable: true, hasDefault: false },
            ],
          ]),
        }
  const node = planRead(cache, relation, query, conditionsOf(filters))
  // A set-returning routine is read like a table: its rows are capped too (PostgREST's callReadPlan).
  const { lower: offset } = limitRead(node, query, request.range, maxRows)
  const column = result.kind === 'scalar' ? routine.name : null
  return {
    kind: 'call',
    routine,
    args,
    wholeBody,
    result: { kind: 'rows', node, offset, column },
    singular: request.singleObject,
  }
}

/** Picks the overload whose named parameters match the given argument names, as PostgREST does. */
export function chooseRoutine(
  cache: SchemaCache,
  schema: string,
  name: string,
  argNames: string[],
): { routine: Routine; wholeBody: boolean } {
  const overloads = cache.routines.get(qualifiedKey(schema, name)) ?? []
  const matching = overloads
    .filter((routine) => {
      const names = routine.params.map((param) => param.name)
      return (
        argNames.every((arg) => names.includes(arg)) &&
        routine.params.every((param) => param.hasDefault || argNames.includes(param.name))
      )
    })
    .toSorted((a, b) => a.params.length - b.params.length)
  if (matching.length > 1 && matching[0]!.params.length === matching[1]!.params.length)
    throw ambiguousRoutine(matching.map(signature))
  if (matching[0]) return { routine: matching[0], wholeBody: false }
  const wholeBody = overloads.find(takesWholeBody)
  if (wholeBody) return { routine: wholeBody, wholeBody: true }
  throw noRoutine(schema, name, argNames)
}
