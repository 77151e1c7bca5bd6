import { createHash, randomInt } from 'node:crypto'
import { isIP } from 'node:net'
import type { AuthSettings } from '../cli-config.ts'
import type { ApiRequest } from '../http/types.ts'

/** GoTrue's crypto.GenerateOtp with the CLI's otp_length of 6. */
export const newOtp = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0')

/** GoTrue's crypto.GenerateTokenHash: what links carry and users' token columns hold. */
export const tokenHash = (email: string, otp: string): string =>
  createHash('sha224')
    .update(email + otp)
    .digest('hex')

/** `**` any characters, `*` any but `/` and `.`, as the glob patterns of additional_redirect_urls. */
function globMatches(pattern: string, url: string): boolean {
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/.]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`).test(url)
}

const isLoopbackHost = (host: string) =>
  host === 'localhost' || (isIP(host) !== 0 && (host.startsWith('127.') || host === '::1'))

/** GoTrue's utilities.IsRedirectURLValid: the site itself, a loopback address, or an allowed pattern. */
export function isRedirectAllowed(settings: AuthSettings, redirectTo: string): boolean {
  let site: URL
  let target: URL
  try {
    site = new URL(settings.siteUrl)
    target = new URL(redirectTo)
  } catch {
    return false
  }
  const host = target.hostname.replace(/^\[|\]$/g, '')
  if (site.hostname === target.hostname && site.protocol === target.protocol) {
    if (site.port === target.port || isLoopbackHost(host)) return true
  }
  if (isIP(host) !== 0) return isLoopbackHost(host)
  const withoutFragment = redirectTo.split('#')[0]!
  return settings.additionalRedirectUrls.some((pattern) => globMatches(pattern, withoutFragment))
}

/** GoTrue's utilities.GetReferrer: `redirect_to` (header, then query) when allowed, else the site URL. */
export function referrerOf(request: ApiRequest, settings: AuthSettings, fromBody?: string): string {
  const header = request.headers.redirect_to
  for (const candidate of [
    typeof header === 'string' ? header : undefined,
    request.url.searchParams.get('redirect_to') ?? undefined,
    fromBody,
  ]) {
    if (candidate && isRedirectAllowed(settings, candidate)) return candidate
  }
  return settings.siteUrl
}

/** API_EXTERNAL_URL of `supabase start`: this stack as the browser reaches it. */
export function externalAuthUrl(request: ApiRequest): string {
  const forwarded = request.headers['x-forwarded-host']
  const host = (typeof forwarded === 'string' && forwarded) || request.headers.host || '127.0.0.1:54321'
  return `http://${host}/auth/v1`
}

/** The link an email carries (templatemailer getPath): GET /verify with the token hash. */
export function verificationLink(
  request: ApiRequest,
  hash: string,
  type: string,
  redirectTo: string,
): string {
  const query = new URLSearchParams({ token: hash, type })
  // GoTrue leaves an already encoded redirect_to as it is and encodes one that is not.
  const redirect = /[&=#]/.test(redirectTo) ? encodeURIComponent(redirectTo) : redirectTo
  return `${externalAuthUrl(request)}/verify?${query.toString()}&redirect_to=${redirect}`
}
