import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { BodyTooLargeError, readBody } from './body.ts'
import { withForwardedFor } from './forwarded-for.ts'
import { json, type ApiRequest, type ApiResponse, type ServiceHandler, type StackContext } from './types.ts'

/** Mount points of the services, as on Supabase's API gateway. */
export type ServiceRoutes = Record<`/${string}/v1`, ServiceHandler>

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers':
    'authorization, apikey, content-type, x-client-info, prefer, accept, accept-profile, content-profile, range, x-upsert, cache-control, x-metadata, x-supabase-api-version, x-retry-count',
  'access-control-expose-headers':
    'Content-Range, Preference-Applied, Content-Profile, X-Supabase-Api-Version, Content-Location',
  'access-control-max-age': '86400',
}

/** The scheduler's polls (every second): logged only when they fail, so the log shows people's requests. */
const SCHEDULER_POLLS = new Set([
  '/functions/v1/send-notifications',
  '/rest/v1/rpc/claim_notification_emails',
  '/rest/v1/rpc/send_reminders',
  '/rest/v1/rpc/refresh_dated_whose_moves',
])

export function createApiServer(
  routes: ServiceRoutes,
  context: StackContext,
  log: (line: string) => void,
): Server {
  return createServer((request, response) => {
    const started = performance.now()
    response.on('finish', () => {
      const route = request.url?.split('?')[0] ?? ''
      if (response.statusCode < 400 && SCHEDULER_POLLS.has(route)) return
      const ms = (performance.now() - started).toFixed(1)
      log(`${request.method} ${route} ${response.statusCode} ${ms}ms`)
    })
    respond(request, routes, context)
      .then((result) => send(response, result))
      .catch((error: unknown) => {
        log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        send(
          response,
          json(500, { code: 'internal_error', message: 'Internal server error', details: null, hint: null }),
        )
      })
  })
}

async function respond(
  raw: IncomingMessage,
  routes: ServiceRoutes,
  context: StackContext,
): Promise<ApiResponse> {
  const method = (raw.method ?? 'GET').toUpperCase()
  if (method === 'OPTIONS') return { status: 204 }
  let url: URL
  try {
    url = new URL(raw.url ?? '/', 'http://localhost')
  } catch {
    return json(400, { message: 'Malformed request URL' })
  }
  const prefix = Object.keys(routes).find(
    (mount) => url.pathname === mount || url.pathname.startsWith(`${mount}/`),
  )
  if (!prefix) return json(404, { message: 'no Route matched with those values' })
  let body: Promise<Buffer> | undefined
  const request: ApiRequest = {
    method,
    url,
    path: url.pathname.slice(prefix.length) || '/',
    headers: withForwardedFor(raw),
    raw,
    readBody: () => (body ??= readBody(raw)),
  }
  try {
    return await routes[prefix as keyof ServiceRoutes]!(request, context)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return json(413, {
        code: 'PGRST413',
        message: error.message,
        details: null,
        hint: null,
        statusCode: '413',
        error: 'Payload too large',
      })
    }
    throw error
  }
}

function send(response: ServerResponse, result: ApiResponse): void {
  if (response.headersSent) return
  response.writeHead(result.status, { ...CORS_HEADERS, ...result.headers })
  response.end(result.body ?? undefined)
}
