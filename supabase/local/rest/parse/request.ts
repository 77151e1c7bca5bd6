import type { ApiRequest } from '../../http/types.ts'
import { unsupportedMethod } from '../errors.ts'
import { parseRangeHeader, type RowRange } from '../plan/ranges.ts'
import { readPayload } from './payload.ts'
import { parsePrefer } from './prefer.ts'
import { parseQuery } from './query.ts'
import { allowedMethod, chooseSchema, readTarget, type Target } from './target.ts'
import type { ParsedQuery, Preferences } from './types.ts'

/** One HTTP request read as a PostgREST request (PostgREST's ApiRequest): nothing is checked against the schema yet. */
export interface RestRequest {
  method: string
  /** The URL path, for `request.path` in the request's settings. */
  path: string
  headers: Record<string, string>
  target: Target
  schema: string
  query: ParsedQuery
  preferences: Preferences
  /** `Accept: application/vnd.pgrst.object+json`: exactly one row, sent as an object. */
  singleObject: boolean
  /** The Range header of a GET (every row otherwise). */
  range: RowRange
  /** The parsed JSON body; undefined when the method takes none. */
  payload: unknown
}

/** Path, method, profile, query string, headers, then the body, refused in that order (ApiRequest.userApiRequest). */
export async function parseRequest(request: ApiRequest, exposedSchemas: string[]): Promise<RestRequest> {
  const target = readTarget(request.path)
  if (!allowedMethod(target, request.method)) throw unsupportedMethod(request.method)
  const schema = chooseSchema(request, exposedSchemas)
  const query = parseQuery(request.url.searchParams)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === 'string') headers[name] = value
  return {
    method: request.method,
    path: request.url.pathname,
    headers,
    target,
    schema,
    query,
    preferences: parsePrefer(request.headers.prefer),
    singleObject: (request.headers.accept ?? '').includes('application/vnd.pgrst.object'),
    // PostgREST's ApiRequest.getRanges: the Range header counts on GET only.
    range: parseRangeHeader(request.method === 'GET' ? request.headers.range : undefined),
    payload: await readPayload(request, target),
  }
}
