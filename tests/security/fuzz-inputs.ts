import { ANON_KEY, JWT_SECRET, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { signJwt } from '../../supabase/local/http/jwt.ts'

/** Generators of hostile but plausible requests, driven by a seeded random source so a failure can be replayed. */
export type Random = () => number

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

const now = () => Math.floor(Date.now() / 1000)
const userToken = (claims: Record<string, unknown> = {}) =>
  signJwt(
    {
      sub: '00000000-0000-4000-8000-00000000f022',
      role: 'authenticated',
      aud: 'authenticated',
      exp: now() + 600,
      ...claims,
    },
    JWT_SECRET,
  )
const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** Every way a caller can present itself, honest or forged. */
export function tokens(): (string | null)[] {
  const [header, , signature] = userToken().split('.')
  return [
    null,
    ANON_KEY,
    SERVICE_ROLE_KEY,
    userToken(),
    userToken({ exp: now() - 10 }), // expired
    `${segment({ alg: 'none', typ: 'JWT' })}.${segment({ role: 'service_role' })}.`, // alg none
    signJwt({ role: 'service_role', exp: now() + 600 }, 'another-secret-that-is-at-least-32-characters'), // wrong secret
    `${header}.${segment({ sub: 'x', role: 'service_role', exp: now() + 600 })}.${signature}`, // altered payload
    userToken({ role: 'postgres' }),
    userToken({ role: 42 }),
    'not-a-jwt',
    'a.b.c',
    '....',
    'Bearer',
    'x%00y',
  ]
}

const TABLES = [
  'engagements',
  'clients',
  'documents',
  'quotes',
  'staff',
  'nope',
  'pg_authid',
  'engagements;drop table x',
  '"quoted"',
  '..',
  '%2e%2e',
  'rpc',
  'rpc/transition_engagement',
  'rpc/nope',
  'rpc/pg_sleep',
  'conformance_items',
]
const COLUMNS = [
  'id',
  'code',
  'title',
  'step',
  'version',
  'client_id',
  'nope',
  'id->>x',
  'payload->a->>b',
  '*',
  '',
  'a b',
  'id::text',
  'id::nope',
  '"id"',
  'clients(name)',
  "'; select 1; --",
]
const OPERATORS = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'like',
  'ilike',
  'is',
  'in',
  'cs',
  'cd',
  'ov',
  'fts',
  'plfts',
  'sl',
  'adj',
  'match',
  'not.eq',
  'not.in',
  'isdistinct',
  'like(any)',
  'bogus',
  'eq(all)',
  '',
]
const VALUES = [
  '1',
  '-1',
  '0',
  'null',
  'true',
  'x',
  "' or 1=1 --",
  '(1,2)',
  '("a,b",c)',
  '{1,2}',
  '{a',
  '[1,2)',
  '%',
  '\\',
  '00000000-0000-0000-0000-000000000000',
  'request',
  '1e309',
  '9'.repeat(400),
  'ü🙂',
  '%00',
  '(',
  ')',
  '((((',
  '"',
]

export function randomQuery(random: Random): string {
  const parts: string[] = []
  const count = Math.floor(random() * 4)
  for (let index = 0; index < count; index++) {
    parts.push(
      `${encodeURIComponent(pick(random, COLUMNS))}=${encodeURIComponent(`${pick(random, OPERATORS)}.${pick(random, VALUES)}`)}`,
    )
  }
  if (random() < 0.5) parts.push(`select=${encodeURIComponent(randomSelect(random, 0))}`)
  if (random() < 0.2)
    parts.push(
      `order=${encodeURIComponent(`${pick(random, COLUMNS)}.${pick(random, ['asc', 'desc', 'nullsfirst', 'x'])}`)}`,
    )
  if (random() < 0.2) parts.push(`limit=${pick(random, ['10', '-1', 'x', '1e9', '99999999999999999999'])}`)
  if (random() < 0.1) parts.push(`offset=${pick(random, ['5', '-5', 'y'])}`)
  if (random() < 0.15)
    parts.push(
      `or=${encodeURIComponent(`(${pick(random, COLUMNS)}.eq.${pick(random, VALUES)},and(${pick(random, VALUES)}))`)}`,
    )
  if (random() < 0.05) parts.push(`select=${'a('.repeat(200)}${')'.repeat(200)}`)
  return parts.join('&')
}

function randomSelect(random: Random, depth: number): string {
  const items = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
    depth < 2 && random() < 0.3
      ? `${pick(random, TABLES)}(${randomSelect(random, depth + 1)})`
      : pick(random, COLUMNS),
  )
  return items.join(random() < 0.1 ? ',,' : ',')
}

export function randomBody(random: Random): string | undefined {
  const choices: (() => string | undefined)[] = [
    () => undefined,
    () => '{',
    () => 'null',
    () => JSON.stringify({ [pick(random, COLUMNS)]: pick(random, VALUES), title: pick(random, VALUES) }),
    () => JSON.stringify([{ id: pick(random, VALUES) }, { nope: 1 }]),
    () =>
      JSON.stringify({
        engagement_id: pick(random, VALUES),
        to_step: pick(random, VALUES),
        expected_version: pick(random, VALUES),
      }),
    () => `${'['.repeat(5000)}${']'.repeat(5000)}`,
    () => JSON.stringify({ email: `${pick(random, VALUES)}@x.test`, password: pick(random, VALUES) }),
    () => 'x'.repeat(Math.floor(random() * 100_000)),
  ]
  return pick(random, choices)()
}

export const PATH_SUFFIXES = [
  '',
  '/',
  '/..',
  '/../../etc/passwd',
  '/%2e%2e/%2e%2e/x',
  '/a\\b',
  '/a%00b',
  '//double',
  '/ü',
]
export const AUTH_PATHS = [
  '/auth/v1/token?grant_type=password',
  '/auth/v1/token?grant_type=refresh_token',
  '/auth/v1/token?grant_type=x',
  '/auth/v1/signup',
  '/auth/v1/user',
  '/auth/v1/logout',
  '/auth/v1/admin/users',
  '/auth/v1/health',
  '/auth/v1/nope',
]
export const STORAGE_PATHS = [
  '/storage/v1/object/engagement-documents/a/b.pdf',
  '/storage/v1/object/engagement-documents/../x',
  '/storage/v1/object/sign/engagement-documents/a.pdf',
  '/storage/v1/object/sign/engagement-documents/a.pdf?token=x.y.z',
  '/storage/v1/object/list/engagement-documents',
  '/storage/v1/bucket',
  '/storage/v1/bucket/nope',
  '/storage/v1/object/nope/%2e%2e%2fx',
  '/storage/v1/object/engagement-documents',
  '/storage/v1/object/info/engagement-documents/x',
]
export const TABLE_NAMES = TABLES
