import type { DatabaseError } from '../engine/types.ts'
import { RestError } from './errors.ts'

/** PostgREST's one table from SQLSTATE to HTTP status. */
export function statusForSqlState(code: string, authenticated: boolean): number {
  if (/^PT\d{3}$/.test(code)) return Number(code.slice(2))
  if (code === '23503' || code === '23505') return 409
  if (code === '25006') return 405
  if (code === '42883' || code === '42P01') return 404
  if (code === '42501') return authenticated ? 403 : 401
  if (code === 'P0001') return 400
  if (code.startsWith('08')) return 503
  if (code === '53400') return 500
  if (code.startsWith('53')) return 503
  if (/^(54|55|57|58|40|XX)/.test(code)) return 500
  return 400
}

export function fromDatabaseError(error: DatabaseError, authenticated: boolean): RestError {
  const status = statusForSqlState(error.code, authenticated)
  const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer' } : {}
  return new RestError(status, error.code, error.message, error.detail, error.hint, headers)
}
