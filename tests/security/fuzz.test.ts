import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ANON_KEY } from '../../supabase/local/config.ts'
import {
  AUTH_PATHS,
  PATH_SUFFIXES,
  STORAGE_PATHS,
  TABLE_NAMES,
  pick,
  randomBody,
  randomQuery,
  seededRandom,
  tokens,
  type Random,
} from './fuzz-inputs.ts'

const API_URL = process.env.API_URL ?? 'http://127.0.0.1:54321'
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000)
const SEED = Number(process.env.FUZZ_SEED ?? 20261124)
const CONCURRENCY = 8
const METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'] as const
const PREFERS = [
  'return=representation',
  'count=exact',
  'resolution=merge-duplicates',
  'return=bogus',
  'tx=rollback',
  'count=exact, return=minimal',
]
const ACCEPTS = ['application/json', 'application/vnd.pgrst.object+json', 'text/csv', '*/*', 'image/png']
const PROFILES = ['public', 'conformance', 'auth', 'storage', 'pg_catalog', 'nope']

interface FuzzRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: string
}

function nextRequest(random: Random): FuzzRequest {
  const method = pick(random, METHODS)
  const area = random()
  const path =
    area < 0.6
      ? `/rest/v1/${pick(random, TABLE_NAMES)}${random() < 0.1 ? pick(random, PATH_SUFFIXES) : ''}`
      : area < 0.8
        ? pick(random, AUTH_PATHS)
        : pick(random, STORAGE_PATHS)
  const query = randomQuery(random)
  const headers: Record<string, string> = { apikey: ANON_KEY }
  const token = pick(random, tokens())
  if (token !== null) headers.authorization = `Bearer ${token}`
  if (random() < 0.4) headers.prefer = pick(random, PREFERS)
  if (random() < 0.3) headers.accept = pick(random, ACCEPTS)
  if (random() < 0.15) headers['accept-profile'] = pick(random, PROFILES)
  if (random() < 0.15) headers['content-profile'] = pick(random, PROFILES)
  const body = method === 'GET' || method === 'HEAD' ? undefined : randomBody(random)
  if (body !== undefined)
    headers['content-type'] =
      random() < 0.9
        ? 'application/json'
        : pick(random, ['text/plain', 'multipart/form-data; boundary=x', ''])
  const separator = path.includes('?') ? '&' : '?'
  return { method, url: `${API_URL}${path}${query ? separator + query : ''}`, headers, body }
}

test(
  `${REQUESTS} generated hostile requests: never a 5xx, and the server keeps answering`,
  { timeout: 15 * 60_000 },
  async () => {
    const random = seededRandom(SEED)
    const requests = Array.from({ length: REQUESTS }, () => nextRequest(random))
    const serverErrors: string[] = []
    const statuses = new Map<number, number>()
    let cursor = 0
    const worker = async () => {
      while (cursor < requests.length) {
        const request = requests[cursor++]!
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        })
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        if (response.status >= 500)
          serverErrors.push(
            `${response.status} ${request.method} ${request.url} ${request.body?.slice(0, 200) ?? ''}`,
          )
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    const oversized = await fetch(`${API_URL}/rest/v1/engagements`, {
      method: 'POST',
      headers: { apikey: ANON_KEY, 'content-type': 'application/json' },
      body: 'x'.repeat(12 * 1024 * 1024),
    })
    assert.equal(oversized.status, 413)
    const health = await fetch(`${API_URL}/auth/v1/health`, { headers: { apikey: ANON_KEY } })
    assert.equal(health.status, 200, 'the server still answers after the run')
    console.log(
      `statuses: ${JSON.stringify(Object.fromEntries([...statuses].toSorted(([a], [b]) => a - b)))}`,
    )
    assert.deepEqual(serverErrors.slice(0, 20), [], `${serverErrors.length} requests got a 5xx`)
  },
)
