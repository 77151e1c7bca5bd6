import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { describe, test } from 'node:test'

import { peerAddress, withForwardedFor } from '../../supabase/local/http/forwarded-for.ts'

// The local stack is the API gateway: like Kong ($proxy_add_x_forwarded_for) it appends the address
// it received the request from, so the first address stays the browser's.
const request = (remoteAddress: string | undefined, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor, 'user-agent': 'ua' } : { 'user-agent': 'ua' },
  }) as unknown as IncomingMessage

describe('X-Forwarded-For at the local gateway', () => {
  test('a request straight from the browser carries its address', () => {
    assert.deepEqual(withForwardedFor(request('::ffff:127.0.0.1')), {
      'user-agent': 'ua',
      'x-forwarded-for': '127.0.0.1',
    })
  })

  test("a request through the browser's proxy keeps the proxy's list first", () => {
    assert.equal(
      withForwardedFor(request('10.0.0.2', '203.0.113.7, 10.0.0.1'))['x-forwarded-for'],
      '203.0.113.7, 10.0.0.1, 10.0.0.2',
    )
  })

  test('IPv6 peers are kept; a closed socket adds nothing', () => {
    assert.equal(peerAddress('::1'), '::1')
    assert.equal(peerAddress(undefined), null)
    assert.deepEqual(withForwardedFor(request(undefined)), { 'user-agent': 'ua' })
  })
})
