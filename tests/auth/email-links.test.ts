import assert from 'node:assert/strict'
import { test } from 'node:test'
import { firstLink, waitForEmail, emailsTo } from '../support/mail.ts'
import {
  API_URL,
  PASSWORD,
  anonClient,
  authFetch,
  createConfirmedUser,
  serviceClient,
  uniqueEmail,
} from './support.ts'

const APP = 'http://127.0.0.1:5173'

/** Follows an email's link as the browser would, without going on to the app. */
async function follow(link: string): Promise<URL> {
  const response = await fetch(link, { redirect: 'manual' })
  assert.equal(response.status, 303)
  return new URL(response.headers.get('location')!)
}

const fragment = (url: URL) => Object.fromEntries(new URLSearchParams(url.hash.slice(1)))

test('sign-up is closed as config.toml says: 422 signup_disabled, and /settings says so', async () => {
  const refused = await authFetch('/signup', {
    method: 'POST',
    body: JSON.stringify({ email: uniqueEmail('closed'), password: PASSWORD }),
  })
  assert.equal(refused.status, 422)
  assert.deepEqual(refused.body, {
    code: 'signup_disabled',
    error_code: 'signup_disabled',
    msg: 'Signups not allowed for this instance',
    message: 'Signups not allowed for this instance',
  })
  assert.equal((await authFetch('/settings')).body.disable_signup, true)
  const { error } = await anonClient().auth.signUp({ email: uniqueEmail('closed'), password: PASSWORD })
  assert.equal(error?.code, 'signup_disabled')
})

test('only the service role invites: the anon key is refused as not_admin', async () => {
  const { status, body } = await authFetch('/invite', {
    method: 'POST',
    body: JSON.stringify({ email: uniqueEmail('not-admin') }),
  })
  assert.equal(status, 401)
  assert.equal(body.code, 'no_authorization')
  const anon = await anonClient().auth.admin.inviteUserByEmail(uniqueEmail('not-admin'))
  assert.equal(anon.error?.status, 403)
  assert.equal(anon.error?.code, 'not_admin')
})

test('an invitation emails a Vietnamese one-time link; following it signs the invitee in once', async () => {
  const email = uniqueEmail('invitee')
  const { data, error } = await serviceClient().auth.admin.inviteUserByEmail(email, {
    redirectTo: `${APP}/accept-invitation`,
    data: { invitation_id: 'i-1' },
  })
  assert.equal(error, null)
  assert.ok(data.user?.invited_at)
  assert.equal(data.user?.email_confirmed_at, undefined)
  assert.deepEqual(data.user?.user_metadata, { invitation_id: 'i-1' })

  const mail = await waitForEmail(email)
  assert.equal(mail.subject, 'Lời mời tham gia TAMS – SAGOS')
  assert.equal(mail.from[0]?.address, 'no-reply@tams.test')
  const link = new URL(firstLink(mail))
  assert.equal(`${link.origin}${link.pathname}`, `${API_URL}/auth/v1/verify`)
  assert.equal(link.searchParams.get('type'), 'invite')
  assert.equal(link.searchParams.get('redirect_to'), `${APP}/accept-invitation`)

  const landed = await follow(link.toString())
  assert.equal(`${landed.origin}${landed.pathname}`, `${APP}/accept-invitation`)
  const session = fragment(landed)
  assert.equal(session.type, 'invite')
  assert.equal(session.token_type, 'bearer')
  assert.equal(session.sb, '')
  const me = await authFetch('/user', { token: session.access_token })
  assert.equal(me.status, 200)
  assert.equal(me.body.email, email)
  assert.ok(me.body.email_confirmed_at)

  const again = fragment(await follow(link.toString()))
  assert.deepEqual(again, {
    error: 'access_denied',
    error_code: 'otp_expired',
    error_description: 'Email link is invalid or has expired',
    sb: '',
  })
})

test('inviting a confirmed user is refused as email_exists; re-inviting an unaccepted one sends a new link', async () => {
  const { email } = await createConfirmedUser('already')
  const refused = await serviceClient().auth.admin.inviteUserByEmail(email)
  assert.equal(refused.error?.status, 422)
  assert.equal(refused.error?.code, 'email_exists')

  const pending = uniqueEmail('pending')
  await serviceClient().auth.admin.inviteUserByEmail(pending)
  const first = firstLink(await waitForEmail(pending))
  await serviceClient().auth.admin.inviteUserByEmail(pending)
  const second = firstLink(await waitForEmail(pending, 2))
  assert.notEqual(first, second)
  assert.equal(fragment(await follow(first)).error_code, 'otp_expired')
  assert.equal(fragment(await follow(second)).type, 'invite')
})

test('a forged link or token hash is otp_expired (403), and a redirect elsewhere falls back to the site', async () => {
  const forged = await anonClient().auth.verifyOtp({ type: 'invite', token_hash: 'f'.repeat(56) })
  assert.equal(forged.error?.status, 403)
  assert.equal(forged.error?.code, 'otp_expired')
  const landed = await follow(
    `${API_URL}/auth/v1/verify?token=${'0'.repeat(56)}&type=recovery&redirect_to=https://evil.example/x`,
  )
  assert.equal(landed.origin, APP)
  assert.equal(fragment(landed).error_code, 'otp_expired')
})

test('password recovery: {} for any address, an email with link and code, each usable once', async () => {
  const nobody = uniqueEmail('nobody')
  const unknown = await authFetch('/recover', { method: 'POST', body: JSON.stringify({ email: nobody }) })
  assert.equal(unknown.status, 200)
  assert.deepEqual(unknown.body, {})

  const { email } = await createConfirmedUser('forgetful')
  const { error } = await anonClient().auth.resetPasswordForEmail(email, {
    redirectTo: `${APP}/reset-password`,
  })
  assert.equal(error, null)
  const mail = await waitForEmail(email)
  assert.equal(mail.subject, 'Đặt lại mật khẩu TAMS – SAGOS')
  const code = /<strong>(\d{6})<\/strong>/.exec(mail.html)?.[1]
  assert.ok(code)
  const tokenHash = new URL(firstLink(mail)).searchParams.get('token')!

  const client = anonClient()
  const verified = await client.auth.verifyOtp({ type: 'recovery', token_hash: tokenHash })
  assert.equal(verified.error, null)
  assert.equal(verified.data.user?.email, email)
  const reused = await anonClient().auth.verifyOtp({ type: 'recovery', token_hash: tokenHash })
  assert.equal(reused.error?.code, 'otp_expired')
  const byCode = await anonClient().auth.verifyOtp({ type: 'recovery', email, token: code })
  assert.equal(byCode.error?.code, 'otp_expired', 'the code went with the link')

  const same = await client.auth.updateUser({ password: PASSWORD })
  assert.equal(same.error?.status, 422)
  assert.equal(same.error?.code, 'same_password')
  assert.equal((await client.auth.updateUser({ password: 'a-brand-new-password' })).error, null)
  const old = await anonClient().auth.signInWithPassword({ email, password: PASSWORD })
  assert.equal(old.error?.code, 'invalid_credentials')
  const fresh = await anonClient().auth.signInWithPassword({ email, password: 'a-brand-new-password' })
  assert.equal(fresh.error, null)
  assert.equal((await emailsTo(nobody)).length, 0)
})

test('the emailed code works as verifyOtp({ email, token }) once', async () => {
  const { email } = await createConfirmedUser('coded')
  await anonClient().auth.resetPasswordForEmail(email)
  const code = /<strong>(\d{6})<\/strong>/.exec((await waitForEmail(email)).html)![1]!
  const wrong = await anonClient().auth.verifyOtp({
    type: 'recovery',
    email,
    token: code === '000000' ? '111111' : '000000',
  })
  assert.equal(wrong.error?.code, 'otp_expired')
  assert.equal(wrong.error?.message, 'Token has expired or is invalid')
  const right = await anonClient().auth.verifyOtp({ type: 'recovery', email, token: code })
  assert.equal(right.error, null)
  assert.ok(right.data.session?.access_token)
})

test('verify refuses what GoTrue refuses: no type, both token and hash, an unsupported type', async () => {
  for (const [body, message] of [
    [{ token_hash: 'x' }, 'Verify requires a verification type'],
    [{ type: 'invite', token_hash: 'x', token: '123456' }, 'Verify requires either a token or a token hash'],
    [{ type: 'invite', token_hash: 'x', email: 'a@b.cd' }, 'Only the token_hash and type should be provided'],
    [{ type: 'sms', token_hash: 'x' }, 'Unsupported verification type'],
  ] as const) {
    const { status, body: answer } = await authFetch('/verify', {
      method: 'POST',
      body: JSON.stringify(body),
    })
    assert.equal(status, 400, message)
    assert.equal(answer.code, 'validation_failed')
    assert.equal(answer.message, message)
  }
  const noToken = await authFetch('/verify?type=invite')
  assert.equal(noToken.status, 400)
  assert.equal(noToken.body.message, 'Verify requires a token or a token hash')
})
