import assert from 'node:assert/strict'
import { utimesSync } from 'node:fs'
import { test } from 'node:test'
import { ANON_KEY, JWT_SECRET, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { signJwt } from '../../supabase/local/http/jwt.ts'
import { API_URL, anonClient } from '../support/personas.ts'

// The fixture functions (tests/fixtures/edge) are served beside supabase/functions by the runner.
const call = (path: string, init: RequestInit = {}) => fetch(`${API_URL}/functions/v1/${path}`, init)
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

test('an unknown function, or a folder that is no function, is a plain-text 404', async () => {
  for (const path of ['no-such-function', '_shared', '']) {
    const response = await call(path, { method: 'POST', headers: bearer(ANON_KEY) })
    assert.equal(response.status, 404, path)
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/)
    assert.equal(await response.text(), 'Function not found')
  }
})

test('without a valid JWT the gateway refuses with 401 in the CLI runtime words', async () => {
  const now = Math.floor(Date.now() / 1000)
  const cases: [Record<string, string>, string][] = [
    [{}, 'Error: Missing authorization header'],
    [{ apikey: ANON_KEY }, "Error: Auth header is not 'Bearer {token}'"],
    [{ authorization: `Basic ${ANON_KEY}` }, "Error: Auth header is not 'Bearer {token}'"],
    [bearer('not-a-token'), 'TypeError: Invalid Token or Protected Header formatting'],
    [
      bearer(
        signJwt(
          { role: 'authenticated', sub: crypto.randomUUID(), exp: now + 600 },
          'another-secret-of-at-least-32-characters',
        ),
      ),
      'Invalid JWT',
    ],
    [bearer(signJwt({ role: 'anon', iat: now - 120, exp: now - 60 }, JWT_SECRET)), 'Invalid JWT'],
  ]
  for (const [headers, msg] of cases) {
    const response = await call('echo', { method: 'POST', headers, body: 'hello' })
    assert.equal(response.status, 401, msg)
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/)
    assert.deepEqual(await response.json(), { msg })
  }
})

test('a request reaches the function below its name, and its answer comes back as it was given', async () => {
  const response = await call('echo/deeper/path?x=1', {
    method: 'PUT',
    headers: { ...bearer(ANON_KEY), 'content-type': 'text/plain' },
    body: 'xin chào',
  })
  assert.equal(response.status, 201)
  assert.equal(response.headers.get('x-echo'), 'yes')
  assert.equal(response.headers.get('access-control-allow-origin'), '*')
  const echo = await response.json()
  assert.equal(echo.method, 'PUT')
  assert.equal(echo.path, '/echo/deeper/path')
  assert.equal(echo.query, '?x=1')
  assert.equal(echo.body, 'xin chào')
  assert.equal(echo.authorization, `Bearer ${ANON_KEY}`)
  const again = await (await call('echo', { headers: bearer(ANON_KEY) })).json()
  assert.equal(again.pid, echo.pid, 'one process per function, kept between requests')
})

test('the function sees SUPABASE_URL and the keys, as supabase functions serve sets them', async () => {
  const { data, error } = await anonClient().functions.invoke('echo', { body: { hello: 'world' } })
  assert.equal(error, null)
  assert.equal(data.body, JSON.stringify({ hello: 'world' }))
  assert.equal(data.env.SUPABASE_URL, API_URL)
  assert.equal(data.env.SUPABASE_ANON_KEY, ANON_KEY)
  assert.equal(data.env.SUPABASE_SERVICE_ROLE_KEY, SERVICE_ROLE_KEY)
  if (process.env.TEST_TARGET === 'stack-postgres')
    assert.match(data.env.SUPABASE_DB_URL, /^postgres(ql)?:\/\//)
  else assert.equal(data.env.SUPABASE_DB_URL, null, 'the embedded engine has no connection string')
})

test('verify_jwt = false in config.toml lets a request through without a JWT; a preflight never needs one', async () => {
  const open = await call('open-echo', { method: 'POST' })
  assert.equal(open.status, 200)
  assert.deepEqual(await open.json(), { authorization: null })
  const preflight = await call('echo', {
    method: 'OPTIONS',
    headers: {
      origin: 'http://127.0.0.1:5173',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  })
  assert.ok(preflight.status >= 200 && preflight.status < 300)
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*')
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/)
})

const pidOf = async () => (await (await call('echo', { headers: bearer(ANON_KEY) })).json()).pid

test('a function whose code changed is started again, as functions serve reloads it', async () => {
  const before = await pidOf()
  assert.equal(await pidOf(), before)
  const later = new Date(Date.now() + 1000)
  utimesSync(new URL('../fixtures/edge/functions/echo/index.ts', import.meta.url), later, later)
  assert.notEqual(await pidOf(), before)
})
