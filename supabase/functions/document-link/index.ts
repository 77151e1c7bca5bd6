// POST { document_id } with the caller's JWT -> { signedUrl, expiresIn }: the only way to a
// document's bytes. The read is logged as the caller (the database refuses what they may not see),
// then a link of at most 60 seconds is signed with the service key.
import { callerClient, serviceClient } from '../_shared/clients.ts'
import { corsHeaders, json, readJsonObject, refusal } from '../_shared/http.ts'

const DOCUMENTS_BUCKET = 'engagement-documents'
const LINK_SECONDS = 60

Deno.serve(async (request) => {
  if (request.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders })
  if (request.method !== 'POST') return refusal(405, 'method_not_allowed', 'Send POST { document_id }.')
  const documentId = (await readJsonObject(request))?.document_id
  if (typeof documentId !== 'string') return refusal(400, 'invalid_request', 'Send POST { document_id }.')

  const logged = await callerClient(request).rpc('log_document_access', { document_id: documentId })
  if (logged.error) {
    const { code, message, details, hint } = logged.error
    // A refusal keeps PostgREST's status; anything that is not the caller's doing is a bad gateway.
    return json(logged.status >= 400 && logged.status < 500 ? logged.status : 502, {
      code,
      message,
      details,
      hint,
    })
  }
  const path = String(logged.data)
  // documents.storage_path is <engagement_id>/<document_id>/<name> (a check constraint), and a name has no slash.
  const name = path.split('/').pop() ?? path
  const signed = await serviceClient()
    .storage.from(DOCUMENTS_BUCKET)
    .createSignedUrl(path, LINK_SECONDS, { download: name })
  if (signed.error)
    return json(502, {
      code: 'storage_unavailable',
      message: signed.error.message,
      details: null,
      hint: null,
    })
  return json(200, { signedUrl: signed.data.signedUrl, expiresIn: LINK_SECONDS })
})
