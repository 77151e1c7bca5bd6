import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { describe, test } from 'node:test'
import type { SupabaseClient } from '@supabase/supabase-js'
import { ANON_KEY } from '../../supabase/local/config.ts'
import { emailsTo, firstLink, waitForEmail } from '../support/mail.ts'
import {
  API_URL,
  DEMO_PASSWORD,
  anonClient,
  persona,
  serviceRole,
  type DemoName,
} from '../support/personas.ts'

// Who may invite whom is the database's insert policy on `invitations`; the Edge Function
// `invite-user` inserts as the caller and only then has Auth email the link. The invitee, signed in
// by that link, takes their role with accept_invitation, once.
const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const SAO_BIEN = 'c0000000-0000-4000-8000-000000000002'
const APP = 'http://127.0.0.1:5173'

interface InvitationBody {
  email: string
  side: 'provider' | 'client'
  role: string
  client_id: string | null
  full_name?: string
}

const newEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@invited.test`

async function invite(
  by: DemoName,
  body: InvitationBody,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { accessToken } = await persona(by)
  const response = await fetch(`${API_URL}/functions/v1/invite-user`, {
    method: 'POST',
    headers: {
      apikey: ANON_KEY,
      authorization: `Bearer ${accessToken}`,
      'content-type': 'application/json',
      origin: APP,
    },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function invitationsFor(email: string) {
  const { data, error } = await serviceRole().from('invitations').select('*').eq('email', email)
  assert.equal(error, null)
  return data ?? []
}

/** Follows the invitation email's link as the invitee's browser does and returns their signed-in client. */
async function followInvitation(email: string): Promise<{ client: SupabaseClient; userId: string }> {
  const link = firstLink(await waitForEmail(email))
  const response = await fetch(link, { redirect: 'manual' })
  assert.equal(response.status, 303)
  const landed = new URL(response.headers.get('location')!)
  assert.equal(landed.pathname, '/accept-invitation')
  const session = new URLSearchParams(landed.hash.slice(1))
  assert.equal(session.get('type'), 'invite', landed.hash)
  const client = anonClient()
  const { data, error } = await client.auth.setSession({
    access_token: session.get('access_token')!,
    refresh_token: session.get('refresh_token')!,
  })
  assert.equal(error, null)
  return { client, userId: data.user!.id }
}

const member = (client_id: string, role = 'member') => ({ side: 'client' as const, role, client_id })
const staff = (role: string) => ({ side: 'provider' as const, role, client_id: null })

describe('who may invite whom', () => {
  const cases: [DemoName, Omit<InvitationBody, 'email'>, boolean][] = [
    ['admin', staff('manager'), true],
    ['admin', member(SAO_BIEN, 'approver'), true],
    ['manager', member(PHUONG_DONG), true],
    ['manager', staff('account_manager'), false],
    ['lan', member(PHUONG_DONG), false],
    ['an', member(PHUONG_DONG), true],
    ['an', member(PHUONG_DONG, 'approver'), true],
    ['an', member(SAO_BIEN), false],
    ['an', staff('account_manager'), false],
    ['binh', member(PHUONG_DONG), false],
    ['chi', member(SAO_BIEN), true],
    ['chi', member(PHUONG_DONG), false],
  ]
  for (const [by, target, allowed] of cases) {
    const whom = `${target.side} ${target.role}${target.client_id === SAO_BIEN ? ' of Sao Biển' : target.client_id ? ' of Phương Đông' : ''}`
    test(`${by} ${allowed ? 'may' : 'may not'} invite a ${whom}`, async () => {
      const email = newEmail(`${by}-invites`)
      const { status, body } = await invite(by, { email, ...target })
      if (allowed) {
        assert.equal(status, 200, JSON.stringify(body))
        assert.equal(body.email, email)
        assert.equal(body.invited_by, (await persona(by)).userId)
        assert.equal((await waitForEmail(email)).subject, 'Lời mời tham gia TAMS – SAGOS')
      } else {
        assert.equal(status, 403, JSON.stringify(body))
        assert.equal(body.code, '42501')
        assert.deepEqual(await invitationsFor(email), [], 'no invitation was stored')
        assert.deepEqual(await emailsTo(email), [], 'no email went out')
      }
    })
  }

  test('a role that does not fit its side, or a client invitation without a client, is refused', async () => {
    for (const target of [
      { side: 'client' as const, role: 'admin', client_id: PHUONG_DONG },
      { side: 'provider' as const, role: 'member', client_id: null },
      { side: 'client' as const, role: 'member', client_id: null },
    ]) {
      const email = newEmail('misfit')
      const { status } = await invite('admin', { email, ...target })
      assert.equal(status, 400)
      assert.deepEqual(await invitationsFor(email), [])
    }
  })

  test('nobody inserts an invitation directly in another name, nor marks one accepted', async () => {
    const admin = await persona('admin')
    const manager = await persona('manager')
    const email = newEmail('forged')
    const asOther = await admin.client
      .from('invitations')
      .insert({ email, ...staff('admin'), invited_by: manager.userId })
    assert.equal(asOther.error?.code, '42501')
    const accepted = await admin.client
      .from('invitations')
      .insert({ email, ...staff('admin'), accepted_at: new Date().toISOString() })
    assert.equal(accepted.error?.code, '42501')
    assert.deepEqual(await invitationsFor(email), [])
  })
})

describe('accepting an invitation', () => {
  test('the invitee follows the link, accepts once and holds the role on their side', async () => {
    const email = newEmail('colleague')
    const sent = await invite('an', { email, ...member(PHUONG_DONG) })
    assert.equal(sent.status, 200)
    const { client, userId } = await followInvitation(email)

    const before = await client.from('engagements').select('id')
    assert.deepEqual(before.data, [], 'no role before accepting')
    const accepted = await client.rpc('accept_invitation', {
      invitation_id: sent.body.id,
      full_name: 'Trần Văn Mới',
    })
    assert.equal(accepted.error, null)
    assert.equal(accepted.data.accepted_by, userId)
    const membership = await serviceRole()
      .from('client_members')
      .select('client_id, role, full_name, email, active')
      .eq('user_id', userId)
    assert.deepEqual(membership.data, [
      { client_id: PHUONG_DONG, role: 'member', full_name: 'Trần Văn Mới', email, active: true },
    ])
    const engagements = await client.from('engagements').select('client_id')
    assert.ok(engagements.data!.length > 0)
    assert.ok(engagements.data!.every((row) => row.client_id === PHUONG_DONG))

    const again = await client.rpc('accept_invitation', { invitation_id: sent.body.id, full_name: 'Khác' })
    assert.equal(again.error?.message, 'invitation_already_accepted')
    const unchanged = await serviceRole().from('client_members').select('full_name').eq('user_id', userId)
    assert.deepEqual(unchanged.data, [{ full_name: 'Trần Văn Mới' }])

    assert.equal((await client.auth.updateUser({ password: 'my-own-password-1' })).error, null)
    const signedIn = await anonClient().auth.signInWithPassword({ email, password: 'my-own-password-1' })
    assert.equal(signedIn.error, null)
  })

  test('a provider invitation gives a staff row with its role; a name is required', async () => {
    const email = newEmail('new-am')
    const sent = await invite('admin', { email, ...staff('account_manager') })
    const { client, userId } = await followInvitation(email)
    const nameless = await client.rpc('accept_invitation', { invitation_id: sent.body.id })
    assert.equal(nameless.error?.message, 'full_name_required')
    const accepted = await client.rpc('accept_invitation', {
      invitation_id: sent.body.id,
      full_name: 'Đặng Thị Mai',
    })
    assert.equal(accepted.error, null)
    const row = await serviceRole().from('staff').select('role, active').eq('user_id', userId).single()
    assert.deepEqual(row.data, { role: 'account_manager', active: true })
  })

  test('the link works once: a second visit is otp_expired', async () => {
    const email = newEmail('twice')
    await invite('admin', { email, ...member(SAO_BIEN) })
    const link = firstLink(await waitForEmail(email))
    assert.equal((await fetch(link, { redirect: 'manual' })).status, 303)
    const second = new URL((await fetch(link, { redirect: 'manual' })).headers.get('location')!)
    assert.equal(new URLSearchParams(second.hash.slice(1)).get('error_code'), 'otp_expired')
  })

  test('an expired invitation cannot be accepted, and nothing is granted', async () => {
    const email = newEmail('late')
    const sent = await invite('admin', { email, ...member(SAO_BIEN) })
    await serviceRole()
      .from('invitations')
      .update({ expires_at: new Date(Date.now() - 60_000).toISOString() })
      .eq('id', sent.body.id)
    const { client, userId } = await followInvitation(email)
    const refused = await client.rpc('accept_invitation', {
      invitation_id: sent.body.id,
      full_name: 'Trễ Hẹn',
    })
    assert.equal(refused.error?.message, 'invitation_expired')
    const rows = await serviceRole().from('client_members').select('user_id').eq('user_id', userId)
    assert.deepEqual(rows.data, [])
  })

  test('a revoked invitation cannot be accepted; only who may send it may revoke it', async () => {
    const email = newEmail('withdrawn')
    const sent = await invite('an', { email, ...member(PHUONG_DONG) })
    const binh = await persona('binh')
    const notTheirs = await binh.client.rpc('revoke_invitation', { invitation_id: sent.body.id })
    assert.equal(notTheirs.error?.message, 'invitation_not_found')
    assert.equal((await invitationsFor(email))[0]?.revoked_at, null, 'a refused revoke changed nothing')
    const chi = await persona('chi')
    assert.equal(
      (await chi.client.rpc('revoke_invitation', { invitation_id: sent.body.id })).error?.message,
      'invitation_not_found',
    )

    const an = await persona('an')
    const revoked = await an.client.rpc('revoke_invitation', { invitation_id: sent.body.id })
    assert.equal(revoked.error, null)
    assert.ok(revoked.data.revoked_at)
    const { client, userId } = await followInvitation(email)
    const refused = await client.rpc('accept_invitation', {
      invitation_id: sent.body.id,
      full_name: 'Bị Rút',
    })
    assert.equal(refused.error?.message, 'invitation_revoked')
    assert.deepEqual(
      (await serviceRole().from('client_members').select('user_id').eq('user_id', userId)).data,
      [],
    )
  })

  test("another user's invitation cannot be accepted, nor one by a caller without a session", async () => {
    const mine = newEmail('mine')
    const theirs = newEmail('theirs')
    await invite('admin', { email: mine, ...member(PHUONG_DONG) })
    const other = await invite('admin', { email: theirs, ...staff('admin') })
    const { client, userId } = await followInvitation(mine)
    const refused = await client.rpc('accept_invitation', {
      invitation_id: other.body.id,
      full_name: 'Kẻ Mạo Danh',
    })
    assert.equal(refused.error?.message, 'invitation_not_yours')
    assert.deepEqual((await serviceRole().from('staff').select('user_id').eq('user_id', userId)).data, [])
    assert.equal((await invitationsFor(theirs))[0]?.accepted_at, null)
    const anonymous = await anonClient().rpc('accept_invitation', {
      invitation_id: other.body.id,
      full_name: 'Ẩn Danh',
    })
    assert.ok(anonymous.error)
  })

  test('inviting an address that already has an account is refused, and the invitation withdrawn', async () => {
    const { status, body } = await invite('admin', { email: 'binh@phuongdong.test', ...member(SAO_BIEN) })
    assert.equal(status, 409)
    assert.equal(body.message, 'user_already_exists')
    const rows = await invitationsFor('binh@phuongdong.test')
    assert.ok(rows.every((row) => row.revoked_at !== null))
  })
})

describe('deactivation', () => {
  test('a deactivated member reads nothing at once, cannot sign in or refresh; reactivation restores them', async () => {
    const email = newEmail('leaver')
    const sent = await invite('manager', { email, ...member(SAO_BIEN) })
    const { client, userId } = await followInvitation(email)
    await client.rpc('accept_invitation', { invitation_id: sent.body.id, full_name: 'Người Rời Đi' })
    await client.auth.updateUser({ password: DEMO_PASSWORD })
    const signedIn = anonClient()
    const session = (await signedIn.auth.signInWithPassword({ email, password: DEMO_PASSWORD })).data.session!
    assert.ok(((await signedIn.from('engagements').select('id')).data ?? []).length > 0)

    const manager = await persona('manager')
    const deactivated = await manager.client
      .from('client_members')
      .update({ active: false })
      .eq('user_id', userId)
      .select()
    assert.equal(deactivated.data?.length, 1)
    assert.deepEqual(
      (await signedIn.from('engagements').select('id')).data,
      [],
      'the token still held reads nothing',
    )
    const refresh = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token })
    assert.ok(refresh.error)
    const again = await anonClient().auth.signInWithPassword({ email, password: DEMO_PASSWORD })
    assert.equal(again.error?.code, 'user_banned')

    await manager.client.from('client_members').update({ active: true }).eq('user_id', userId)
    const back = await anonClient().auth.signInWithPassword({ email, password: DEMO_PASSWORD })
    assert.equal(back.error, null)
  })

  test('a deactivated account manager is banned too', async () => {
    const email = newEmail('am-leaver')
    const sent = await invite('admin', { email, ...staff('account_manager') })
    const { client, userId } = await followInvitation(email)
    await client.rpc('accept_invitation', { invitation_id: sent.body.id, full_name: 'Quản Lý Cũ' })
    await client.auth.updateUser({ password: DEMO_PASSWORD })
    const admin = await persona('admin')
    await admin.client.from('staff').update({ active: false }).eq('user_id', userId)
    const refused = await anonClient().auth.signInWithPassword({ email, password: DEMO_PASSWORD })
    assert.equal(refused.error?.code, 'user_banned')
    const user = await serviceRole().auth.admin.getUserById(userId)
    assert.ok(new Date(user.data.user!.banned_until!) > new Date())
  })
})
