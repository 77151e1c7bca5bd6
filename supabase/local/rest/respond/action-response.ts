import type { ApiResponse } from '../../http/types.ts'
import type { Outcome } from '../execute.ts'
import type { RestRequest } from '../parse/request.ts'
import type { Preferences } from '../parse/types.ts'
import type { ActionPlan, CallPlan, MutatePlan, ReadPlan } from '../plan/plan-types.ts'
import type { Relation } from '../plan/schema-types.ts'
import { contentRange, jsonBody, outOfBounds, preferenceApplied, rangeStatus } from './parts.ts'

/** Status, headers and body from what the statement returned (PostgREST's Response.actionResponse). */
export function actionResponse(plan: ActionPlan, request: RestRequest, outcome: Outcome): ApiResponse {
  if (plan.kind === 'read') return readResponse(plan, request, outcome)
  if (plan.kind === 'mutate') return mutateResponse(plan, request, outcome)
  return callResponse(plan, request, outcome)
}

/** Response.readResponse: the page with its Content-Range; 206 for part of a counted total, 416 past it. */
function readResponse({ offset }: ReadPlan, request: RestRequest, outcome: Outcome): ApiResponse {
  const status = rangeStatus(offset, outcome)
  const headers = {
    'content-range': contentRange(offset, outcome),
    ...preferenceApplied(request.preferences, request.preferences.count === null ? [] : ['count']),
  }
  return jsonBody(
    status,
    request,
    status === 416 ? outOfBounds(offset, outcome) : (outcome.body ?? '[]'),
    headers,
  )
}

/** Response.createResponse, updateResponse and deleteResponse. */
function mutateResponse(
  { relation, action }: MutatePlan,
  request: RestRequest,
  outcome: Outcome,
): ApiResponse {
  const { preferences } = request
  const honoured: (keyof Preferences)[] =
    action.kind === 'insert' ? ['resolution', 'missing', 'return'] : ['resolution', 'return']
  const range = action.kind === 'update' ? contentRange(0, outcome) : '*/*'
  const headers: Record<string, string> = {
    'content-range': range,
    ...preferenceApplied(preferences, honoured),
  }
  // The statement counts an insert's new rows as its total: an upsert that only updated answers 200.
  const onlyUpdated =
    preferences.resolution === 'merge-duplicates' && outcome.total === 0 && outcome.pageTotal > 0
  const status = action.kind === 'insert' ? (onlyUpdated ? 200 : 201) : 200
  if (preferences.return === 'representation') return jsonBody(status, request, outcome.body ?? '[]', headers)
  if (preferences.return === 'headers-only' && action.kind === 'insert') {
    const location = locationOf(relation, outcome.body)
    if (location) headers.location = location
  }
  return { status: action.kind === 'insert' ? status : 204, headers }
}

/** Response.invokeResponse: a scalar as its JSON value, rows like a read; a routine returning one row answers an object. */
function callResponse({ routine, result }: CallPlan, request: RestRequest, outcome: Outcome): ApiResponse {
  if (result.kind === 'scalar') {
    if (result.void) return { status: 204, headers: { 'content-range': '0-0/*' } }
    return jsonBody(200, { ...request, singleObject: false }, outcome.body ?? 'null', {
      'content-range': '0-0/*',
    })
  }
  const { offset } = result
  const status = rangeStatus(offset, outcome)
  const text = status === 416 ? outOfBounds(offset, outcome) : (outcome.body ?? '[]')
  const singleObject = (request.singleObject || !routine.returnsSet) && status !== 416
  const response = jsonBody(status, { ...request, singleObject }, text, {
    'content-range': contentRange(offset, outcome),
  })
  return request.singleObject
    ? response
    : { ...response, headers: { ...response.headers, 'content-type': 'application/json; charset=utf-8' } }
}

/** `/scratch?id=eq.5` for the first inserted row, when the table has a primary key. */
function locationOf(relation: Relation, body: string | null): string | null {
  const rows = JSON.parse(body ?? '[]') as Record<string, unknown>[]
  const row = rows[0]
  if (!row || relation.primaryKey.length === 0) return null
  const filters = relation.primaryKey.map(
    (column) => `${encodeURIComponent(column)}=eq.${encodeURIComponent(String(row[column]))}`,
  )
  return `/${relation.name}?${filters.join('&')}`
}
