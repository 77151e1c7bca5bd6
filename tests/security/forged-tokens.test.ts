import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ANON_KEY, JWT_SECRET } from '../../supabase/local/config.ts'
import { signJwt } from '../../supabase/local/http/jwt.ts'

const API_URL = process.env.API_URL ?? 'http://127.0.0.1:54321'
const now = () => Math.floor(Date.now() / 1000)
const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
const honest = signJwt(
  { sub: '00000000-0000-4000-8000-0000000000aa', role: 'authenticated', exp: now() + 600 },
  JWT_SECRET,
)
const [honestHeader, , honestSignature] = honest.split('.')

const forgeries: Record<string, string> = {
  'an expired token': signJwt(
    { sub: '00000000-0000-4000-8000-0000000000aa', role: 'authenticated', exp: now() - 1 },
    JWT_SECRET,
  ),
  'an alg none token claiming service_role': `${segment({ alg: 'none', typ: 'JWT' })}.${segment({ role: 'service_role' })}.`,
  'a token signed with another secret': signJwt(
    { role: 'service_role', exp: now() + 600 },
    'not-the-secret-but-long-enough-to-look-real',
  ),
  'a user token whose payload was altered to claim service_role': `${honestHeader}.${segment({ sub: '00000000-0000-4000-8000-0000000000aa', role: 'service_role', exp: now() + 600 })}.${honestSignature}`,
  'a token with a role that is not an API role': signJwt({ role: 'postgres', exp: now() + 600 }, JWT_SECRET),
  garbage: 'eyJ.not.a-token',
}

const call = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${API_URL}${path}`, {
    ...init,
    headers: { apikey: ANON_KEY, authorization: `Bearer ${token}`, ...init.headers },
  })

describe('forged and expired tokens are refused with 401, never downgraded or honoured', () => {
  for (const [name, token] of Object.entries(forgeries)) {
    test(`REST refuses ${name}`, async () => {
      const response = await call('/rest/v1/engagements?select=id', token)
      assert.equal(response.status, 401)
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/)
      const body = (await response.json()) as { code: string }
      assert.equal(body.code, 'PGRST301')
    })

    test(`Storage refuses ${name}`, async () => {
      const response = await call('/storage/v1/object/list/engagement-documents', token, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prefix: '' }),
      })
      assert.ok([400, 401, 403].includes(response.status), `status ${response.status}`)
      await response.arrayBuffer()
    })

    test(`Auth refuses ${name} on /user`, async () => {
      const response = await call('/auth/v1/user', token)
      assert.ok([401, 403].includes(response.status), `status ${response.status}`)
      await response.arrayBuffer()
    })
  }
})
