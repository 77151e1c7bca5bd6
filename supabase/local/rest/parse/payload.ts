import type { ApiRequest } from '../../http/types.ts'
import { invalidBody } from '../errors.ts'
import { isReadMethod, type Target } from './target.ts'

/**
 * The JSON body (PostgREST's ApiRequest.Payload.getPayload): none on reads and deletes, an empty
 * body calls a routine without arguments, anything unparsable is refused.
 */
export async function readPayload(request: ApiRequest, target: Target): Promise<unknown> {
  if (isReadMethod(request.method) || request.method === 'DELETE') return undefined
  const raw = await request.readBody()
  if (target.kind === 'rpc' && raw.length === 0) return {}
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch {
    throw invalidBody()
  }
}
