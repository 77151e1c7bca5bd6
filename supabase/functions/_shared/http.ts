/** CORS for browser callers (supabase-js `functions.invoke` sends these headers). */
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...corsHeaders, 'Content-Type': 'application/json' },
  })
}

/** A refusal of the function itself, in the database's shape so the app translates both alike. */
export function refusal(status: number, code: string, hint: string): Response {
  return json(status, { code: 'P0001', message: code, details: JSON.stringify({ waiting_on: 'none' }), hint })
}

/** The JSON object a caller posted, or null when the body is not one. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json()
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** A database refusal of the caller's call, passed on in its own shape; a failure that is not the caller's doing is a bad gateway. */
export function databaseRefusal(
  status: number,
  error: { code: string; message: string; details: string; hint: string },
): Response {
  const { code, message, details, hint } = error
  return json(status >= 400 && status < 500 ? status : 502, { code, message, details, hint })
}

/** Storage or the database could not be reached or refused the service key: nothing the caller can fix. */
export const unavailable = (code: string, message: string): Response =>
  json(502, { code, message, details: null, hint: null })
