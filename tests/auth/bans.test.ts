import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  PASSWORD,
  anonClient,
  authFetch,
  createConfirmedUser,
  serviceClient,
  signedUpClient,
} from './support.ts'
import { SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'

const asService = { authorization: `Bearer ${SERVICE_ROLE_KEY}` }

test('a ban (ban_duration) refuses sign-in, refresh and /user; "none" lifts it', async () => {
  const { client, userId, email } = await signedUpClient('banned')
  const session = (await client.auth.getSession()).data.session!
  const banned = await serviceClient().auth.admin.updateUserById(userId, { ban_duration: '24h' })
  assert.equal(banned.error, null)
  const until = Date.parse(banned.data.user!.banned_until!)
  assert.ok(Math.abs(until - Date.now() - 24 * 3600_000) < 60_000)

  const signIn = await anonClient().auth.signInWithPassword({ email, password: PASSWORD })
  assert.equal(signIn.error?.status, 400)
  assert.equal(signIn.error?.code, 'user_banned')
  const refresh = await authFetch('/token?grant_type=refresh_token', {
    method: 'POST',
    body: JSON.stringify({ refresh_token: session.refresh_token }),
  })
  assert.equal(refresh.status, 400)
  assert.equal(refresh.body.code, 'user_banned')
  const me = await authFetch('/user', { token: session.access_token })
  assert.equal(me.status, 403)
  assert.equal(me.body.code, 'user_banned')

  const lifted = await serviceClient().auth.admin.updateUserById(userId, { ban_duration: 'none' })
  assert.equal(lifted.data.user?.banned_until, undefined)
  assert.equal((await anonClient().auth.signInWithPassword({ email, password: PASSWORD })).error, null)
})

test('ban_duration is a Go duration; anything else is validation_failed', async () => {
  const { userId } = await createConfirmedUser('ban-format')
  for (const duration of ['1h30m', '876000h', '90s']) {
    const { error } = await serviceClient().auth.admin.updateUserById(userId, { ban_duration: duration })
    assert.equal(error, null, duration)
  }
  const { status, body } = await authFetch(`/admin/users/${userId}`, {
    method: 'PUT',
    headers: asService,
    body: JSON.stringify({ ban_duration: 'a week' }),
  })
  assert.equal(status, 400)
  assert.equal(body.code, 'validation_failed')
  assert.equal(body.message, 'invalid format for ban duration: time: invalid duration "a week"')
})

test('GET and PUT /admin/users/<id>: service role only, 404 user_not_found, metadata merged', async () => {
  const { userId, email } = await createConfirmedUser('admin-put')
  const got = await serviceClient().auth.admin.getUserById(userId)
  assert.equal(got.data.user?.email, email)
  const updated = await serviceClient().auth.admin.updateUserById(userId, {
    user_metadata: { full_name: 'Lê Thị Hoa' },
    app_metadata: { tier: 'gold' },
  })
  assert.deepEqual(updated.data.user?.user_metadata, { full_name: 'Lê Thị Hoa' })
  assert.equal(updated.data.user?.app_metadata.tier, 'gold')
  const missing = await serviceClient().auth.admin.getUserById('00000000-0000-4000-8000-00000000abcd')
  assert.equal(missing.error?.status, 404)
  assert.equal(missing.error?.code, 'user_not_found')
  const notUuid = await authFetch('/admin/users/nope', { headers: asService })
  assert.equal(notUuid.status, 404)
  assert.equal(notUuid.body.message, 'user_id must be an UUID')
  const anon = await anonClient().auth.admin.getUserById(userId)
  assert.equal(anon.error?.status, 403)
  assert.equal(anon.error?.code, 'not_admin')
})

test('a new password set by the admin ends every session of the user', async () => {
  const { client, userId, email } = await signedUpClient('reset-by-admin')
  const session = (await client.auth.getSession()).data.session!
  await serviceClient().auth.admin.updateUserById(userId, { password: 'set-by-the-admin-1' })
  const refresh = await authFetch('/token?grant_type=refresh_token', {
    method: 'POST',
    body: JSON.stringify({ refresh_token: session.refresh_token }),
  })
  assert.equal(refresh.status, 400)
  const signIn = await anonClient().auth.signInWithPassword({ email, password: 'set-by-the-admin-1' })
  assert.equal(signIn.error, null)
})

test('changing the password (PUT /user) keeps this session and ends the others', async () => {
  const { client, email } = await signedUpClient('changer')
  const other = anonClient()
  const otherSession = (await other.auth.signInWithPassword({ email, password: PASSWORD })).data.session!
  const changed = await client.auth.updateUser({ password: 'changed-password-1' })
  assert.equal(changed.error, null)
  assert.equal((await client.auth.getUser()).error, null, 'this session goes on')
  const refresh = await authFetch('/token?grant_type=refresh_token', {
    method: 'POST',
    body: JSON.stringify({ refresh_token: otherSession.refresh_token }),
  })
  assert.equal(refresh.status, 400)
  assert.equal(
    (await authFetch('/user', { token: otherSession.access_token })).body.code,
    'session_not_found',
  )
})
