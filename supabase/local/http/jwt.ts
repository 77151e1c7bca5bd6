import { createHmac, timingSafeEqual } from 'node:crypto'

/** HS256 JSON Web Tokens, as Supabase Auth issues them. Any other algorithm is refused. */
export type JwtClaims = Record<string, unknown> & { role?: string; sub?: string; exp?: number }

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url')

export function signJwt(claims: JwtClaims, secret: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  const payload = base64url(JSON.stringify(claims))
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')
  return `${header}.${payload}.${signature}`
}

export type JwtVerdict = { ok: true; claims: JwtClaims } | { ok: false; reason: string }

export function verifyJwt(token: string, secret: string, nowSeconds = Date.now() / 1000): JwtVerdict {
  const parts = token.split('.')
  if (parts.length !== 3) return { ok: false, reason: 'JWT must have 3 parts' }
  const [header, payload, signature] = parts as [string, string, string]
  const parsedHeader = parseSegment(header)
  if (!parsedHeader || parsedHeader.alg !== 'HS256')
    return { ok: false, reason: 'JWT algorithm must be HS256' }
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'JWT signature is invalid' }
  }
  const claims = parseSegment(payload)
  if (!claims) return { ok: false, reason: 'JWT payload is not a JSON object' }
  if (claims.exp !== undefined && (typeof claims.exp !== 'number' || claims.exp <= nowSeconds)) {
    return { ok: false, reason: 'JWT expired' }
  }
  return { ok: true, claims: claims as JwtClaims }
}

function parseSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}
