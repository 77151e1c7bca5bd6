// POST {} with the service key -> { purged, failed }: removes the bytes of every deleted document
// whose purge is not recorded yet (a delete-document call that stopped halfway) and records each.
// Run on a schedule; the database refuses anyone but the service key (pending_document_purges).
import { callerClient, serviceClient } from '../_shared/clients.ts'
import { purgeDocument } from '../_shared/documents.ts'
import { corsHeaders, databaseRefusal, json, refusal } from '../_shared/http.ts'

Deno.serve(async (request) => {
  if (request.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders })
  if (request.method !== 'POST') return refusal(405, 'method_not_allowed', 'Send POST.')

  const pending = await callerClient(request).rpc('pending_document_purges', { max_rows: 100 })
  if (pending.error) return databaseRefusal(pending.status, pending.error)
  const service = serviceClient()
  const purged: string[] = []
  const failed: { document_id: string; error: string }[] = []
  for (const document of pending.data ?? []) {
    const outcome = await purgeDocument(service, String(document.document_id), String(document.storage_path))
    if (outcome.error) failed.push({ document_id: outcome.documentId, error: outcome.error })
    else purged.push(outcome.documentId)
  }
  return json(failed.length === 0 ? 200 : 502, { purged, failed })
})
