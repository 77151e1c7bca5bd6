import { json, type ApiResponse } from '../http/types.ts'

/** auth-js reads `code` (not `error_code`) only when this header carries a date >= 2024-01-01. */
export const API_VERSION_HEADER = { 'x-supabase-api-version': '2024-01-01' }

export const authJson = (status: number, value: unknown): ApiResponse =>
  json(status, value, API_VERSION_HEADER)

export const noContent = (): ApiResponse => ({ status: 204, headers: API_VERSION_HEADER })

/** A refusal with one of GoTrue's stable error codes, in both the old and the 2024-01-01 shape. */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }

  toResponse(): ApiResponse {
    return authJson(this.status, {
      code: this.code,
      error_code: this.code,
      msg: this.message,
      message: this.message,
      ...this.extra,
    })
  }
}

export const invalidCredentials = () => new AuthError(400, 'invalid_credentials', 'Invalid login credentials')
export const badJson = () => new AuthError(400, 'bad_json', 'Could not parse request body as JSON')
export const validationFailed = (message: string) => new AuthError(400, 'validation_failed', message)
export const notAdmin = () => new AuthError(403, 'not_admin', 'User not allowed')
export const sessionNotFound = () =>
  new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist')
