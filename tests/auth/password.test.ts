import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkPasswordStrength, hashPassword, verifyPassword } from '../../supabase/local/auth/password.ts'

// Made by pgcrypto: select crypt('Sagos-2024!', gen_salt('bf')), as the seed makes its users' hashes.
const PGCRYPTO_HASH = '$2a$06$WbG11Dum90HTzaPAYd1L3OuVN93Ch0/HD0fj4GhEQ.08jYPJCuppW'

test('a pgcrypto $2a$ hash verifies with the right password only', async () => {
  assert.equal(await verifyPassword('Sagos-2024!', PGCRYPTO_HASH), true)
  assert.equal(await verifyPassword('sagos-2024!', PGCRYPTO_HASH), false)
})

test('hashes are bcrypt with cost 10 and verify', async () => {
  const hash = await hashPassword('a fine password')
  assert.match(hash, /^\$2[ab]\$10\$/)
  assert.equal(await verifyPassword('a fine password', hash), true)
})

test('a missing or malformed hash never verifies', async () => {
  assert.equal(await verifyPassword('anything', null), false)
  assert.equal(await verifyPassword('anything', 'not-a-hash'), false)
})

test('passwords under 6 characters are weak, with the reason GoTrue gives', () => {
  assert.throws(
    () => checkPasswordStrength('12345'),
    (error: { code: string; extra: Record<string, unknown> }) => {
      assert.equal(error.code, 'weak_password')
      assert.deepEqual(error.extra.weak_password, { reasons: ['length'] })
      return true
    },
  )
  assert.doesNotThrow(() => checkPasswordStrength('123456'))
})
