import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'

/**
 * The headers a service behind Supabase's API gateway receives: the gateway (Kong, as nginx's
 * `$proxy_add_x_forwarded_for`) appends the address it received the request from to
 * `X-Forwarded-For`, so the first address is the browser's. The local stack is the gateway.
 */
export function withForwardedFor(raw: IncomingMessage): IncomingHttpHeaders {
  const peer = peerAddress(raw.socket.remoteAddress)
  if (!peer) return raw.headers
  const header = raw.headers['x-forwarded-for']
  const earlier = (Array.isArray(header) ? header.join(', ') : header)?.trim()
  return { ...raw.headers, 'x-forwarded-for': earlier ? `${earlier}, ${peer}` : peer }
}

/** An IPv4 peer on a dual-stack socket reads `::ffff:127.0.0.1`; the gateway reports `127.0.0.1`. */
export function peerAddress(address: string | undefined): string | null {
  if (!address) return null
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address
}
