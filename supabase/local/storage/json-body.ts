import type { ApiRequest } from '../http/types.ts'
import { invalidRequest } from './errors.ts'

/** The JSON object body of a storage call; an empty body counts as `{}`. */
export async function readJsonBody(request: ApiRequest): Promise<Record<string, unknown>> {
  const raw = (await request.readBody()).toString('utf8').trim()
  if (raw === '') return {}
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // refused below
  }
  throw invalidRequest('The body must be a JSON object')
}
