import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { persona, serviceRole, signUpFreshUser } from '../support/personas.ts'

interface OwnProfile {
  full_name: string
  phone: string | null
  email: string
}

// Everyone keeps their own name and phone (never their role, never another person's).
const original = { full_name: 'Vũ Thị Bình', phone: null }

after(async () => {
  const binh = await persona('binh')
  await binh.client.rpc('update_my_profile', original)
})

test('a client member reads and changes their own name and phone, and nothing else', async () => {
  const binh = await persona('binh')
  const before = await binh.client.rpc('my_profile').single<OwnProfile>()
  assert.deepEqual(before.data, { full_name: 'Vũ Thị Bình', phone: null, email: 'binh@phuongdong.test' })
  const saved = await binh.client.rpc('update_my_profile', {
    full_name: '  Vũ Thị Bình An ',
    phone: '0901 234 567',
  })
  assert.equal(saved.error, null)
  const row = await serviceRole()
    .from('client_members')
    .select('full_name, phone, role')
    .eq('user_id', binh.userId)
    .single()
  assert.deepEqual(row.data, { full_name: 'Vũ Thị Bình An', phone: '0901 234 567', role: 'member' })
})

test('staff keep their phone out of the directory but read it on their profile', async () => {
  const lan = await persona('lan')
  const seeded = (await lan.client.rpc('my_profile').single<OwnProfile>()).data
  assert.equal(seeded?.phone, '0923373470')
  await lan.client.rpc('update_my_profile', { full_name: 'Nguyễn Thị Lan', phone: '028 1234 5678' })
  const mine = await lan.client.rpc('my_profile').single<OwnProfile>()
  assert.equal(mine.data?.phone, '028 1234 5678')
  const manager = await persona('manager')
  const directory = await manager.client.from('staff').select('phone').eq('user_id', lan.userId)
  assert.equal(directory.error?.code, '42501')
  await lan.client.rpc('update_my_profile', { full_name: seeded!.full_name, phone: seeded!.phone })
})

test('an empty name or a malformed phone is refused and changes nothing; no role, no profile', async () => {
  const binh = await persona('binh')
  const before = await binh.client.rpc('my_profile').single<OwnProfile>()
  for (const [input, code] of [
    [{ full_name: ' ', phone: null }, 'full_name_required'],
    [{ full_name: 'Bình', phone: 'call me' }, 'invalid_phone'],
  ] as const) {
    const { error } = await binh.client.rpc('update_my_profile', input)
    assert.equal(error?.message, code)
  }
  assert.deepEqual((await binh.client.rpc('my_profile').single<OwnProfile>()).data, before.data)
  const fresh = await signUpFreshUser('no-profile')
  const refused = await fresh.client.rpc('update_my_profile', { full_name: 'Ai Đó', phone: null })
  assert.equal(refused.error?.message, 'no_profile')
})
