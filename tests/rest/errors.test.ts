import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { JWT_SECRET } from '../../supabase/local/config.ts'
import { signJwt } from '../../supabase/local/http/jwt.ts'
import { restFetch } from '../support/rest-client.ts'

interface ErrorBody {
  code: string
  message: string
  details: unknown
  hint: unknown
}

describe('errors and hostile input', () => {
  it('refuses an invalid JWT with 401 PGRST301 and WWW-Authenticate', async () => {
    const forged = signJwt({ role: 'service_role' }, 'another-secret-that-is-at-least-32-characters')
    for (const token of ['abc', forged, signJwt({ role: 'authenticated', exp: 1 }, JWT_SECRET)]) {
      const response = await restFetch('/clients', { headers: { authorization: `Bearer ${token}` } })
      assert.equal(response.status, 401)
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token"/)
      const body = (await response.json()) as ErrorBody
      assert.equal(body.code, 'PGRST301')
      assert.deepEqual(Object.keys(body).toSorted(), ['code', 'details', 'hint', 'message'])
    }
  })

  it('answers every malformed request with a 4xx, never a 5xx', async () => {
    const hostile = [
      '/clients?select=id,((((',
      '/clients?select=' + 'a('.repeat(200),
      '/clients?id=eq.1&id=eq.%00',
      '/clients?%ZZ=1',
      '/rpc/add_numbers?a=notanumber&b=1',
      '/clients?offset=99999999999999999999',
      '/a/b/c',
      '/clients?meta->>x=eq.1',
      '/projects?select=meta->>"a"b',
      '/projects?period=adj.notarange',
      '/clients?and=(id.eq.1,',
      '/clients?clients.id=eq.1',
    ]
    for (const path of hostile) {
      const response = await restFetch(path)
      assert.ok(response.status >= 400 && response.status < 500, `${path} -> ${response.status}`)
      assert.equal(typeof (await response.json()), 'object', path)
    }
  })

  it('refuses bodies that are not what the endpoint takes', async () => {
    for (const body of ['', '[1,2]', '{"name": ']) {
      const response = await restFetch('/scratch', { method: 'POST', caller: 'an', body })
      assert.equal(response.status, 400, body)
    }
  })

  // Our own hardening: the real PostgREST tries to run such a query.
  it(
    'refuses a query string too long to be a real request',
    { skip: process.env.TEST_TARGET === 'postgrest' },
    async () => {
      const response = await restFetch('/clients?id=in.(' + '1,'.repeat(20_000) + '1)')
      assert.ok(response.status >= 400 && response.status < 500)
    },
  )

  it('refuses methods a resource does not have', async () => {
    const response = await restFetch('/rpc/greet', { method: 'DELETE' })
    assert.equal(response.status, 405)
  })
})
