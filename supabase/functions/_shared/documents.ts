import type { SupabaseClient } from 'npm:@supabase/supabase-js@2'

export const DOCUMENTS_BUCKET = 'engagement-documents'

export type PurgeOutcome = { documentId: string; purgedAt: string | null; error: string | null }

/**
 * Removes a deleted document's bytes with the service key, then records the purge. Run only after
 * the database marked the document deleted, so a crash at any point loses nothing that was not to
 * go: before the removal the bytes are still there, after it the purge is not yet recorded, and
 * running it again (purge-documents does) removes nothing more and records it once.
 */
export async function purgeDocument(
  service: SupabaseClient,
  documentId: string,
  storagePath: string,
): Promise<PurgeOutcome> {
  const removed = await service.storage.from(DOCUMENTS_BUCKET).remove([storagePath])
  if (removed.error) return { documentId, purgedAt: null, error: removed.error.message }
  const recorded = await service.rpc('record_document_purge', { document_id: documentId })
  if (recorded.error) return { documentId, purgedAt: null, error: recorded.error.message }
  return { documentId, purgedAt: String(recorded.data), error: null }
}
