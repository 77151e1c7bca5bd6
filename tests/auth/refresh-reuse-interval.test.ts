import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { ANON_KEY } from '../../supabase/local/config.ts'
import { startTestStack, type TestStack } from '../support/stack.ts'
import { PASSWORD, uniqueEmail } from './support.ts'

// Past refresh_token_reuse_interval, without waiting for it: this stack's interval is 0 seconds.
let stack: TestStack

before(async () => {
  stack = await startTestStack({
    env: { STACK_REFRESH_TOKEN_REUSE_INTERVAL: '0', STACK_ENABLE_SIGNUP: 'true' },
  })
})
after(() => stack.stop())

async function call(
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${stack.url}/auth/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      apikey: ANON_KEY,
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const refresh = async (refreshToken: unknown) =>
  call('/token?grant_type=refresh_token', { refresh_token: refreshToken })

async function signUp(label: string): Promise<Record<string, unknown>> {
  const { status, body } = await call('/signup', { email: uniqueEmail(label), password: PASSWORD })
  assert.equal(status, 200)
  return body
}

test('the active token handed back to a spent one does not depend on the interval', async () => {
  const first = await signUp('interval-parent')
  const second = await refresh(first.refresh_token)
  const again = await refresh(first.refresh_token)
  assert.equal(again.status, 200)
  assert.equal(again.body.refresh_token, second.body.refresh_token)
})

test('an older spent token past the interval is refresh_token_already_used and revokes every token of the session', async () => {
  const first = await signUp('interval-older')
  const second = await refresh(first.refresh_token)
  const third = await refresh(second.body.refresh_token)
  const reused = await refresh(first.refresh_token)
  assert.equal(reused.status, 400)
  assert.deepEqual(
    {
      code: reused.body.code,
      error_code: reused.body.error_code,
      message: reused.body.message,
      msg: reused.body.msg,
    },
    {
      code: 'refresh_token_already_used',
      error_code: 'refresh_token_already_used',
      message: 'Invalid Refresh Token: Already Used',
      msg: 'Invalid Refresh Token: Already Used',
    },
  )
  for (const token of [third.body.refresh_token, second.body.refresh_token, first.refresh_token]) {
    const refused = await refresh(token)
    assert.equal(refused.status, 400)
    assert.equal(refused.body.code, 'refresh_token_already_used')
  }
  // GoTrue revokes the token family and keeps the session row: an issued access token lasts until it expires.
  assert.equal((await call('/user', undefined, String(third.body.access_token))).status, 200)
})
