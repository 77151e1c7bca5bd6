// POST { document_id } with the caller's JWT -> { signedUrl, expiresIn }: the only way to a
// document's bytes. The read is logged as the caller (the database refuses what they may not see),
// then a link of at most 60 seconds is signed with the service key; it downloads under the
// document's own name (Content-Disposition filename*), whatever its object key.
import { callerClient, serviceClient } from '../_shared/clients.ts'
import { DOCUMENTS_BUCKET } from '../_shared/documents.ts'
import { corsHeaders, databaseRefusal, json, readJsonObject, refusal, unavailable } from '../_shared/http.ts'

const LINK_SECONDS = 60

Deno.serve(async (request) => {
  if (request.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders })
  if (request.method !== 'POST') return refusal(405, 'method_not_allowed', 'Send POST { document_id }.')
  const documentId = (await readJsonObject(request))?.document_id
  if (typeof documentId !== 'string') return refusal(400, 'invalid_request', 'Send POST { document_id }.')

  const logged = await callerClient(request).rpc('log_document_access', { document_id: documentId })
  if (logged.error) return databaseRefusal(logged.status, logged.error)
  const path = String(logged.data)
  const service = serviceClient()
  const document = await service.from('documents').select('name').eq('id', documentId).single()
  if (document.error) return unavailable('database_unavailable', document.error.message)
  const signed = await service.storage.from(DOCUMENTS_BUCKET).createSignedUrl(path, LINK_SECONDS)
  if (signed.error) return unavailable('storage_unavailable', signed.error.message)
  // storage-js's own download option encodes the name twice (supabase/supabase-js#2468)
  const signedUrl = `${signed.data.signedUrl}&download=${encodeURIComponent(String(document.data.name))}`
  return json(200, { signedUrl, expiresIn: LINK_SECONDS })
})
