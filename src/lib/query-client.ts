import { QueryClient, type DefaultOptions } from '@tanstack/react-query'

type SupabaseLikeError = { status?: unknown; statusCode?: unknown; code?: unknown }

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

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && isTransient(error)
}

const defaultOptions: DefaultOptions = {
  queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true },
  mutations: { retry: false },
}

export const queryClient = new QueryClient({ defaultOptions })
