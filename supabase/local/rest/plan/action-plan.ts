import { relationNotFound } from '../errors.ts'
import type { RestRequest } from '../parse/request.ts'
import { isReadMethod } from '../parse/target.ts'
import { planCall } from './call-plan.ts'
import { planMutate } from './mutate-plan.ts'
import type { ActionPlan } from './plan-types.ts'
import { limitRead } from './ranges.ts'
import { conditionsOf, planRead } from './read-plan.ts'
import { qualifiedKey, type SchemaCache } from './schema-types.ts'

/** The plan of a request (PostgREST's Plan.actionPlan): every name resolved, nothing run yet. */
export function planAction(cache: SchemaCache, request: RestRequest, maxRows: number | null): ActionPlan {
  const { target, schema, method } = request
  if (target.kind === 'rpc') return planCall(cache, target.name, request, maxRows)
  const relation = cache.relations.get(qualifiedKey(schema, target.name))
  if (!relation || relation.kind === 'function-result') throw relationNotFound(schema, target.name)
  if (!isReadMethod(method)) return planMutate(cache, relation, request)
  const node = planRead(cache, relation, request.query, conditionsOf(request.query.filters))
  const { lower: offset } = limitRead(node, request.query, request.range, maxRows)
  return { kind: 'read', node, offset, singular: request.singleObject }
}
