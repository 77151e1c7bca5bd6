import type { ApiResponse } from '../../http/types.ts'
import { invalidRange, type RestError } from '../errors.ts'
import type { Outcome } from '../execute.ts'
import type { RestRequest } from '../parse/request.ts'
import type { Preferences } from '../parse/types.ts'

const OBJECT_TYPE = 'application/vnd.pgrst.object+json; charset=utf-8'
const JSON_TYPE = 'application/json; charset=utf-8'

export function contentRange(offset: number, outcome: Outcome): string {
  const total = outcome.total === null ? '*' : String(outcome.total)
  return outcome.pageTotal === 0 ? `*/${total}` : `${offset}-${offset + outcome.pageTotal - 1}/${total}`
}

/**
 * 200, 206 when the page holds part of the counted rows, 416 when the offset is past them
 * (PostgREST's RangeQuery.rangeStatusHeader).
 */
export function rangeStatus(offset: number, outcome: Outcome): number {
  if (outcome.total === null) return 200
  if (offset > outcome.total) return 416
  return outcome.pageTotal < outcome.total ? 206 : 200
}

/** The body of a 416: what was asked and how many rows there are (PostgREST's OutOfBounds). */
export function outOfBounds(offset: number, outcome: Outcome): string {
  const details = `An offset of ${offset} was requested, but there are only ${outcome.total ?? 0} rows.`
  return JSON.stringify(invalidRange(details).toJson())
}

/** PostgREST lists the preferences it honoured in this order. */
export function preferenceApplied(
  preferences: Preferences,
  keys: (keyof Preferences)[],
): Record<string, string> {
  const order: (keyof Preferences)[] = ['resolution', 'missing', 'return', 'count', 'tx']
  const applied = order
    .filter((key) => keys.includes(key) && preferences[key] !== null)
    .map((key) => `${key}=${preferences[key]}`)
  return applied.length ? { 'preference-applied': applied.join(', ') } : {}
}

/** A JSON body as the client asked for it: the array, or its one element. */
export function jsonBody(
  status: number,
  shape: Pick<RestRequest, 'method' | 'schema' | 'singleObject'>,
  body: string,
  headers: Record<string, string>,
): ApiResponse {
  const text = shape.singleObject ? singleElement(body) : body
  return {
    status,
    headers: {
      'content-type': shape.singleObject ? OBJECT_TYPE : JSON_TYPE,
      'content-profile': shape.schema,
      ...headers,
    },
    body: shape.method === 'HEAD' ? null : text,
  }
}

function singleElement(body: string): string {
  const rows = JSON.parse(body) as unknown
  return JSON.stringify(Array.isArray(rows) ? rows[0] : rows)
}

export function errorResponse(error: RestError): ApiResponse {
  return {
    status: error.status,
    headers: { 'content-type': JSON_TYPE, ...error.headers },
    body: JSON.stringify(error.toJson()),
  }
}
