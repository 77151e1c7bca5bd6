// POST { email, side, role, client_id, full_name?, redirect_to? } with the caller's JWT -> the
// invitation row. The row is inserted AS THE CALLER, so the database's policy decides who may
// invite whom; only then does the service key ask Auth to email the invitee a one-time link
// (Auth's admin invite), which lands on the app's accept page. If Auth refuses, the invitation is
// withdrawn again, so no open invitation exists without its email.
import { callerClient, serviceClient } from '../_shared/clients.ts'
import { corsHeaders, databaseRefusal, json, readJsonObject, refusal, unavailable } from '../_shared/http.ts'

const ACCEPT_PATH = '/accept-invitation'

interface InvitationRequest {
  email: string
  side: string
  role: string
  client_id: string | null
  full_name: string | null
}

function parse(body: Record<string, unknown> | null): InvitationRequest | null {
  if (!body) return null
  const { email, side, role, client_id: clientId, full_name: fullName } = body
  if (typeof email !== 'string' || typeof side !== 'string' || typeof role !== 'string') return null
  if (clientId !== undefined && clientId !== null && typeof clientId !== 'string') return null
  if (fullName !== undefined && fullName !== null && typeof fullName !== 'string') return null
  return {
    email: email.trim().toLowerCase(),
    side,
    role,
    client_id: clientId ?? null,
    full_name: fullName?.trim() || null,
  }
}

/** Where the link lands: the caller's own app (its Origin) unless the body names a page. */
function acceptUrl(request: Request, body: Record<string, unknown> | null): string | undefined {
  if (typeof body?.redirect_to === 'string') return body.redirect_to
  const origin = request.headers.get('Origin')
  return origin ? `${origin}${ACCEPT_PATH}` : undefined
}

Deno.serve(async (request) => {
  if (request.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders })
  if (request.method !== 'POST')
    return refusal(405, 'method_not_allowed', 'Send POST { email, side, role, client_id }.')
  const body = await readJsonObject(request)
  const invitation = parse(body)
  if (!invitation) return refusal(400, 'invalid_request', 'Send POST { email, side, role, client_id }.')

  const created = await callerClient(request).from('invitations').insert(invitation).select().single()
  if (created.error) return databaseRefusal(created.status, created.error)

  const service = serviceClient()
  const invited = await service.auth.admin.inviteUserByEmail(invitation.email, {
    redirectTo: acceptUrl(request, body),
    data: {
      invitation_id: created.data.id,
      ...(invitation.full_name ? { full_name: invitation.full_name } : {}),
    },
  })
  if (invited.error) {
    await service
      .from('invitations')
      .update({ revoked_at: new Date().toISOString() })
      .eq('id', created.data.id)
    if (invited.error.code === 'email_exists')
      return refusal(409, 'user_already_exists', 'This email address already has an account.')
    return unavailable('auth_unavailable', invited.error.message)
  }
  return json(200, created.data)
})
