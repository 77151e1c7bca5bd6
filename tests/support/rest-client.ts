import { PostgrestClient } from '@supabase/postgrest-js'
import { ANON_KEY, JWT_SECRET, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { signJwt } from '../../supabase/local/http/jwt.ts'

/** Where the REST suite sends requests: our stack's /rest/v1 or the real PostgREST's root. */
export const REST_URL = (process.env.REST_URL ?? 'http://127.0.0.1:54321/rest/v1').replace(/\/$/, '')
export const FIXTURE_SCHEMA = 'conformance'

/** The fixture's users (tests/fixtures/rest-fixture.sql). */
export const USERS = {
  an: '00000000-0000-4000-8000-00000000000a',
  binh: '00000000-0000-4000-8000-00000000000b',
} as const
export type Caller = 'anon' | 'service' | keyof typeof USERS

export function tokenFor(caller: Caller): string {
  if (caller === 'anon') return ANON_KEY
  if (caller === 'service') return SERVICE_ROLE_KEY
  const now = Math.floor(Date.now() / 1000)
  return signJwt(
    { sub: USERS[caller], role: 'authenticated', aud: 'authenticated', iat: now, exp: now + 3600 },
    JWT_SECRET,
  )
}

/** postgrest-js as supabase-js configures it, for one caller. */
export function restClient(caller: Caller = 'anon', schema = FIXTURE_SCHEMA) {
  return new PostgrestClient(REST_URL, {
    schema,
    headers: { apikey: ANON_KEY, Authorization: `Bearer ${tokenFor(caller)}` },
  })
}

/** A plain HTTP request, for headers and wire details the client does not expose. */
export function restFetch(
  path: string,
  init: RequestInit & { caller?: Caller; profile?: string } = {},
): Promise<Response> {
  const { caller = 'anon', profile = FIXTURE_SCHEMA, ...rest } = init
  const method = (rest.method ?? 'GET').toUpperCase()
  const headers = new Headers(rest.headers)
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${tokenFor(caller)}`)
  headers.set('apikey', ANON_KEY)
  headers.set(method === 'GET' || method === 'HEAD' ? 'accept-profile' : 'content-profile', profile)
  if (rest.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json')
  return fetch(`${REST_URL}${path}`, { ...rest, headers })
}

/** A name no other spec (or earlier run) uses, for rows a spec writes. */
export const uniqueName = (label: string) =>
  `${label}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
