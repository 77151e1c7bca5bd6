import { QueryClient, type DefaultOptions } from '@tanstack/react-query'

type SupabaseLikeError = { status?: unknown; statusCode?: unknown; code?: unknown; message?: unknown }

/** SQLSTATE classes and PostgREST codes that PostgREST answers with 503/504: worth another try. */
const TRANSIENT_CODE = /^(08|53|57P|PGRST00)/

/**
 * Auth and Storage errors carry an HTTP status; PostgREST errors only a code. A refusal (4xx,
 * RLS, a check, a conflict) will not change by asking again, so only transient failures retry.
 */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return true
  const { status, statusCode, code } = error as SupabaseLikeError
  const httpStatus = typeof status === 'number' ? status : Number(statusCode)
  if (Number.isFinite(httpStatus) && httpStatus > 0) return httpStatus >= 500
  if (typeof code === 'string' && code !== '') return TRANSIENT_CODE.test(code)
  return true
}

/**
 * No HTTP answer at all: the network failed or the request timed out (supabase.ts bounds it).
 * postgrest-js reports both with an empty code and the JavaScript error's name in the message;
 * auth-js and storage-js name their error classes so.
 */
export function isUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { code, message, name } = error as SupabaseLikeError & { name?: unknown }
  if (name === 'AuthRetryableFetchError' || name === 'StorageUnknownError') return true
  return (code === '' || code === undefined) && typeof message === 'string' && UNANSWERED.test(message)
}

const UNANSWERED = /^(TypeError|AbortError|TimeoutError|FetchError)\b/

/**
 * A server error may pass: two more tries. An unreachable API is said at once after one quick
 * retry (a blip), and a timeout is not retried: it has already waited.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isUnreachable(error)) return failureCount < 1 && !/^(AbortError|TimeoutError)/.test(messageOf(error))
  return failureCount < 2 && isTransient(error)
}

const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as SupabaseLikeError).message === 'string'
    ? String((error as SupabaseLikeError).message)
    : ''

const defaultOptions: DefaultOptions = {
  queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true },
  mutations: { retry: false },
}

export const queryClient = new QueryClient({ defaultOptions })
