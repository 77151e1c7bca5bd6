import type { ApiRequest } from '../../http/types.ts'
import { invalidResourcePath, malformedPath, unacceptableSchema } from '../errors.ts'

export type Target = { kind: 'relation'; name: string } | { kind: 'rpc'; name: string }

const READ_METHODS = new Set(['GET', 'HEAD'])

/** `/projects` or `/rpc/fn`; anything deeper is not a PostgREST resource (ApiRequest.getResource). */
export function readTarget(path: string): Target {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        throw malformedPath()
      }
    })
  if (segments.length === 1 && segments[0] !== 'rpc') return { kind: 'relation', name: segments[0]! }
  if (segments.length === 2 && segments[0] === 'rpc') return { kind: 'rpc', name: segments[1]! }
  throw invalidResourcePath()
}

/** Accept-Profile for reads, Content-Profile for writes; the first exposed schema by default (ApiRequest.getSchema). */
export function chooseSchema(request: ApiRequest, exposed: string[]): string {
  const header = READ_METHODS.has(request.method)
    ? request.headers['accept-profile']
    : request.headers['content-profile']
  const wanted = typeof header === 'string' ? header.trim() : undefined
  if (wanted === undefined || wanted === '') return exposed[0] ?? 'public'
  if (!exposed.includes(wanted)) throw unacceptableSchema(exposed)
  return wanted
}

export function allowedMethod(target: Target, method: string): boolean {
  if (target.kind === 'rpc') return ['GET', 'HEAD', 'POST'].includes(method)
  return ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'].includes(method)
}

export const isReadMethod = (method: string): boolean => READ_METHODS.has(method)
