import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ANON_KEY } from '../../supabase/local/config.ts'
import { PASSWORD, anonClient, authFetch, serviceClient, signedUpClient, uniqueEmail } from './support.ts'

test('the service-role key creates a confirmed user who can then sign in', async () => {
  const email = uniqueEmail('admin-made')
  const { data, error } = await serviceClient().auth.admin.createUser({
    email,
    password: PASSWORD,
    email_confirm: true,
    user_metadata: { full_name: 'Lê Chi' },
    app_metadata: { tenant: 'sagos' },
  })
  assert.equal(error, null)
  assert.equal(data.user?.email, email)
  assert.equal(data.user?.app_metadata.tenant, 'sagos')
  const signIn = await anonClient().auth.signInWithPassword({ email, password: PASSWORD })
  assert.equal(signIn.error, null)
  assert.equal(signIn.data.user?.user_metadata.full_name, 'Lê Chi')
})

test('an unconfirmed admin-made user cannot sign in (email_not_confirmed); a taken email is email_exists', async () => {
  const email = uniqueEmail('unconfirmed')
  assert.equal((await serviceClient().auth.admin.createUser({ email, password: PASSWORD })).error, null)
  assert.equal(
    (await anonClient().auth.signInWithPassword({ email, password: PASSWORD })).error?.code,
    'email_not_confirmed',
  )
  const again = await serviceClient().auth.admin.createUser({ email, password: PASSWORD })
  assert.equal(again.error?.status, 422)
  assert.equal(again.error?.code, 'email_exists')
})

test('the service-role key lists users, page by page', async () => {
  const { userId } = await signedUpClient('listed')
  const { data, error } = await serviceClient().auth.admin.listUsers({ page: 1, perPage: 1000 })
  assert.equal(error, null)
  assert.ok(data.users.some((user) => user.id === userId))
  const onePage = await serviceClient().auth.admin.listUsers({ page: 1, perPage: 1 })
  assert.equal(onePage.data.users.length, 1)
})

test('the service-role key deletes a user, whose sessions then stop working', async () => {
  const { client, userId } = await signedUpClient('deleted')
  assert.equal((await serviceClient().auth.admin.deleteUser(userId)).error, null)
  // auth-js turns GoTrue's session_not_found into AuthSessionMissingError
  assert.equal((await client.auth.getUser()).error?.name, 'AuthSessionMissingError')
})

test('the anon key or a user token on /admin is refused as not_admin', async () => {
  const { client } = await signedUpClient('not-admin')
  const { data } = await client.auth.getSession()
  for (const token of [ANON_KEY, data.session!.access_token]) {
    const create = await authFetch('/admin/users', {
      method: 'POST',
      token,
      body: JSON.stringify({ email: uniqueEmail('sneaky'), password: PASSWORD }),
    })
    assert.equal(create.status, 403)
    assert.equal(create.body.code, 'not_admin')
    const list = await authFetch('/admin/users', { token })
    assert.equal(list.status, 403)
  }
})
