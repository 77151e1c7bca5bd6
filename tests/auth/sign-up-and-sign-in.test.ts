import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { cliConfig } from '../../supabase/local/cli-config.ts'
import { ANON_KEY } from '../../supabase/local/config.ts'
import { startTestStack, type TestStack } from '../support/stack.ts'
import { PASSWORD, clientAt, decodeJwtPayload, uniqueEmail } from './support.ts'

// config.toml closes sign-up; this stack opens it (STACK_ENABLE_SIGNUP), so GoTrue's sign-up flow
// stays tested for projects that keep it open.
let stack: TestStack
before(async () => {
  stack = await startTestStack({ env: { STACK_ENABLE_SIGNUP: 'true' } })
})
after(() => stack.stop())

const anonClient = () => clientAt(stack.url)

async function authFetch(path: string, init: RequestInit = {}) {
  const response = await fetch(`${stack.url}/auth/v1${path}`, {
    ...init,
    headers: { apikey: ANON_KEY, 'content-type': 'application/json', ...init.headers },
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
  }
}

test('open sign-up gives a confirmed user, their metadata and a session with Supabase claims', async () => {
  const email = uniqueEmail('signup')
  const { data, error } = await anonClient().auth.signUp({
    email,
    password: PASSWORD,
    options: { data: { full_name: 'Nguyễn An' } },
  })
  assert.equal(error, null)
  const { session, user } = data
  assert.ok(session && user)
  assert.equal(user.email, email)
  assert.ok(user.email_confirmed_at)
  assert.deepEqual(user.user_metadata, { full_name: 'Nguyễn An' })
  assert.deepEqual(user.app_metadata, { provider: 'email', providers: ['email'] })
  assert.equal(user.identities?.[0]?.provider, 'email')
  assert.equal(session.token_type, 'bearer')
  assert.equal(session.expires_in, cliConfig().auth.jwtExpiry)
  const claims = decodeJwtPayload(session.access_token)
  assert.equal(claims.sub, user.id)
  assert.equal(claims.role, 'authenticated')
  assert.equal(claims.aud, 'authenticated')
  assert.equal(claims.iss, 'http://127.0.0.1:54321/auth/v1')
  assert.equal(claims.email, email)
  assert.equal(claims.phone, '')
  assert.equal(claims.is_anonymous, false)
  assert.equal(claims.aal, 'aal1')
  assert.equal(typeof claims.session_id, 'string')
  assert.equal(Number(claims.exp) - Number(claims.iat), cliConfig().auth.jwtExpiry)
  assert.deepEqual(claims.user_metadata, { full_name: 'Nguyễn An' })
})

test('a password under 6 characters is refused as weak_password with its reasons', async () => {
  const { data, error } = await anonClient().auth.signUp({ email: uniqueEmail('weak'), password: '12345' })
  assert.equal(data.user, null)
  assert.equal(error?.status, 422)
  assert.equal(error?.code, 'weak_password')
  assert.deepEqual((error as unknown as { reasons: string[] }).reasons, ['length'])
})

test('signing up twice with one email is refused as user_already_exists', async () => {
  const email = uniqueEmail('twice')
  await anonClient().auth.signUp({ email, password: PASSWORD })
  const { error } = await anonClient().auth.signUp({ email: email.toUpperCase(), password: PASSWORD })
  assert.equal(error?.status, 422)
  assert.equal(error?.code, 'user_already_exists')
})

test('sign-in with the password records last_sign_in_at; a wrong password or unknown email is invalid_credentials', async () => {
  const email = uniqueEmail('signin')
  await anonClient().auth.signUp({ email, password: PASSWORD })
  const { data, error } = await anonClient().auth.signInWithPassword({ email, password: PASSWORD })
  assert.equal(error, null)
  assert.ok(data.session?.refresh_token)
  assert.ok(Date.now() - Date.parse(data.user!.last_sign_in_at!) < 60_000)
  for (const attempt of [
    { email, password: 'wrong-password' },
    { email: uniqueEmail('nobody'), password: PASSWORD },
  ]) {
    const refused = await anonClient().auth.signInWithPassword(attempt)
    assert.equal(refused.data.session, null)
    assert.equal(refused.error?.status, 400)
    assert.equal(refused.error?.code, 'invalid_credentials')
  }
})

test('every answer carries X-Supabase-Api-Version and errors carry code, error_code, msg and message', async () => {
  const { status, headers, body } = await authFetch('/token?grant_type=password', {
    method: 'POST',
    body: JSON.stringify({ email: uniqueEmail('ghost'), password: 'whatever1' }),
  })
  assert.equal(status, 400)
  assert.equal(headers.get('x-supabase-api-version'), '2024-01-01')
  assert.deepEqual(body, {
    code: 'invalid_credentials',
    error_code: 'invalid_credentials',
    msg: 'Invalid login credentials',
    message: 'Invalid login credentials',
  })
})

test('health and settings answer, malformed bodies are a 400, never a 5xx', async () => {
  assert.equal((await authFetch('/health')).status, 200)
  const settings = await authFetch('/settings')
  assert.equal(settings.body.mailer_autoconfirm, true)
  assert.equal(settings.body.disable_signup, false)
  assert.equal((await authFetch('/signup', { method: 'POST', body: '{not json' })).status, 400)
  assert.equal((await authFetch('/signup', { method: 'POST', body: '[1]' })).status, 400)
  assert.equal(
    (
      await authFetch('/signup', {
        method: 'POST',
        body: JSON.stringify({ email: 'no-at-sign', password: PASSWORD }),
      })
    ).status,
    400,
  )
  assert.equal((await authFetch('/token?grant_type=magic', { method: 'POST', body: '{}' })).status, 400)
})
