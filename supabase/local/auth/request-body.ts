import type { ApiRequest } from '../http/types.ts'
import { badJson, validationFailed } from './responses.ts'

export type JsonObject = Record<string, unknown>

/** The JSON object body every auth endpoint takes; an empty body counts as `{}`. */
export async function readJsonObject(request: ApiRequest): Promise<JsonObject> {
  const raw = (await request.readBody()).toString('utf8').trim()
  if (raw === '') return {}
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw badJson()
  }
  if (!isJsonObject(value)) throw badJson()
  return value
}

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function optionalString(body: JsonObject, key: string): string | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw validationFailed(`${key} must be a string`)
  return value
}

export function optionalObject(body: JsonObject, key: string): JsonObject | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  if (!isJsonObject(value)) throw validationFailed(`${key} must be a JSON object`)
  return value
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function normaliseEmail(email: string | undefined): string {
  const trimmed = email?.trim().toLowerCase() ?? ''
  if (!EMAIL_SHAPE.test(trimmed) || trimmed.length > 255) {
    throw validationFailed('Unable to validate email address: invalid format')
  }
  return trimmed
}
