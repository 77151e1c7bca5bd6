import assert from 'node:assert/strict'
import { test } from 'node:test'
import { signJwt } from '../../supabase/local/http/jwt.ts'
import { PASSWORD, anonClient, authFetch, decodeJwtPayload, signedUpClient, uniqueEmail } from './support.ts'

async function signIn(email: string) {
  const { data, error } = await anonClient().auth.signInWithPassword({ email, password: PASSWORD })
  if (error || !data.session) throw error ?? new Error('no session')
  return data.session
}

const refresh = (refreshToken: string) =>
  authFetch('/token?grant_type=refresh_token', {
    method: 'POST',
    body: JSON.stringify({ refresh_token: refreshToken }),
  })

test('a refresh token gives a new session in the same session_id, and a new refresh token', async () => {
  const { email } = await signedUpClient('rotate')
  const first = await signIn(email)
  const second = await refresh(first.refresh_token)
  assert.equal(second.status, 200)
  assert.notEqual(second.body.refresh_token, first.refresh_token)
  assert.equal(
    decodeJwtPayload(String(second.body.access_token)).session_id,
    decodeJwtPayload(first.access_token).session_id,
  )
  const third = await refresh(String(second.body.refresh_token))
  assert.equal(third.status, 200)
})

test('two tabs refreshing the same token at once both succeed, with the same new refresh token', async () => {
  const { email } = await signedUpClient('two-tabs')
  const first = await signIn(email)
  const [left, right] = await Promise.all([refresh(first.refresh_token), refresh(first.refresh_token)])
  assert.deepEqual([left.status, right.status], [200, 200])
  assert.equal(left.body.refresh_token, right.body.refresh_token)
  assert.equal(
    decodeJwtPayload(String(right.body.access_token)).session_id,
    decodeJwtPayload(first.access_token).session_id,
  )
  assert.equal((await refresh(String(left.body.refresh_token))).status, 200)
})

test('a spent token whose new token was never used gets that same token back', async () => {
  const { email } = await signedUpClient('unsaved')
  const first = await signIn(email)
  const second = await refresh(first.refresh_token)
  const again = await refresh(first.refresh_token)
  assert.equal(again.status, 200)
  assert.equal(again.body.refresh_token, second.body.refresh_token)
})

test('an older spent token, within refresh_token_reuse_interval, is exchanged for a fresh one', async () => {
  const { email } = await signedUpClient('older')
  const first = await signIn(email)
  const second = await refresh(first.refresh_token)
  const third = await refresh(String(second.body.refresh_token))
  const reused = await refresh(first.refresh_token)
  assert.equal(reused.status, 200)
  assert.ok(![second.body.refresh_token, third.body.refresh_token].includes(reused.body.refresh_token))
  assert.equal((await refresh(String(reused.body.refresh_token))).status, 200)
})

test('an unknown refresh token is refresh_token_not_found; a malformed one is validation_failed', async () => {
  const { error } = await anonClient().auth.refreshSession({ refresh_token: 'abcdefgh2345' })
  assert.equal(error?.status, 400)
  assert.equal(error?.code, 'refresh_token_not_found')
  for (const malformed of ['no-such-token', 'short', 'ABCDEFGH2345', '']) {
    const refused = await refresh(malformed)
    assert.equal(refused.status, 400)
    assert.equal(refused.body.code, 'validation_failed')
    assert.equal(refused.body.message, 'Refresh token is not valid')
  }
})

test('GET /user answers with the signed-in user; a forged or missing token is refused', async () => {
  const { client, userId } = await signedUpClient('getuser')
  const { data, error } = await client.auth.getUser()
  assert.equal(error, null)
  assert.equal(data.user?.id, userId)
  const forged = signJwt(
    { sub: userId, role: 'authenticated', session_id: userId },
    'another-secret-another-secret-another',
  )
  assert.equal((await authFetch('/user', { token: forged })).body.code, 'bad_jwt')
  assert.equal((await authFetch('/user', { token: forged })).status, 403)
  assert.equal((await authFetch('/user')).status, 401)
})

test('PUT /user merges metadata and changes the password and the email', async () => {
  const { client, email } = await signedUpClient('update')
  await client.auth.updateUser({ data: { full_name: 'Trần Bình', team: 'web' } })
  const { data, error } = await client.auth.updateUser({
    data: { team: null, city: 'Hà Nội' },
    password: 'a-new-password',
  })
  assert.equal(error, null)
  assert.deepEqual(data.user?.user_metadata, { full_name: 'Trần Bình', city: 'Hà Nội' })
  assert.equal(
    (await anonClient().auth.signInWithPassword({ email, password: PASSWORD })).error?.code,
    'invalid_credentials',
  )
  assert.equal(
    (await anonClient().auth.signInWithPassword({ email, password: 'a-new-password' })).error,
    null,
  )
  const newEmail = uniqueEmail('renamed')
  assert.equal((await client.auth.updateUser({ email: newEmail })).data.user?.email, newEmail)
  assert.equal(
    (await anonClient().auth.signInWithPassword({ email: newEmail, password: 'a-new-password' })).error,
    null,
  )
  assert.equal((await client.auth.updateUser({ password: '123' })).error?.code, 'weak_password')
})

test('logout (global) ends every session: refresh fails and access tokens stop working on /user', async () => {
  const { email } = await signedUpClient('logout')
  const laptop = await signIn(email)
  const phone = await signIn(email)
  const out = await authFetch('/logout?scope=global', { method: 'POST', token: laptop.access_token })
  assert.equal(out.status, 204)
  for (const session of [laptop, phone]) {
    assert.equal((await refresh(session.refresh_token)).body.code, 'refresh_token_not_found')
    assert.equal((await authFetch('/user', { token: session.access_token })).body.code, 'session_not_found')
  }
})

test('logout local ends only this session; others ends every other one', async () => {
  const { email } = await signedUpClient('scopes')
  const [a, b, c] = [await signIn(email), await signIn(email), await signIn(email)]
  assert.equal(
    (await authFetch('/logout?scope=local', { method: 'POST', token: a.access_token })).status,
    204,
  )
  assert.equal((await authFetch('/user', { token: a.access_token })).status, 403)
  assert.equal((await authFetch('/user', { token: b.access_token })).status, 200)
  assert.equal(
    (await authFetch('/logout?scope=others', { method: 'POST', token: b.access_token })).status,
    204,
  )
  assert.equal((await authFetch('/user', { token: b.access_token })).status, 200)
  assert.equal((await authFetch('/user', { token: c.access_token })).status, 403)
  assert.equal((await refresh(c.refresh_token)).status, 400)
})

test('signOut through supabase-js clears the client session', async () => {
  const { client } = await signedUpClient('signout')
  assert.equal((await client.auth.signOut()).error, null)
  assert.equal((await client.auth.getSession()).data.session, null)
})
