// POST { document_id } with the caller's JWT -> { document_id, purged_at }: deletes a document and
// its bytes. The database decides as the caller (delete_document refuses what they may not delete)
// and records the deletion; only then are the bytes removed with the service key and the purge
// recorded. If Storage fails, purged_at is null and purge-documents finishes the job.
import { callerClient, serviceClient } from '../_shared/clients.ts'
import { purgeDocument } from '../_shared/documents.ts'
import { corsHeaders, databaseRefusal, json, readJsonObject, refusal } from '../_shared/http.ts'

Deno.serve(async (request) => {
  if (request.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders })
  if (request.method !== 'POST') return refusal(405, 'method_not_allowed', 'Send POST { document_id }.')
  const documentId = (await readJsonObject(request))?.document_id
  if (typeof documentId !== 'string') return refusal(400, 'invalid_request', 'Send POST { document_id }.')

  const deleted = await callerClient(request).rpc('delete_document', { document_id: documentId })
  if (deleted.error) return databaseRefusal(deleted.status, deleted.error)
  const purge = await purgeDocument(serviceClient(), documentId, String(deleted.data))
  return json(200, { document_id: documentId, purged_at: purge.purgedAt })
})
