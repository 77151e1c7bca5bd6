import { FunctionsHttpError } from '@supabase/supabase-js'
import { z } from 'zod'

import { engagementKeys } from '@/lib/engagement-keys'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { refusalOf } from './function-refusal'

/** The Edge Function that deletes a document as the caller, then erases its bytes (supabase/functions/delete-document). */
export const DELETE_DOCUMENT_FUNCTION = 'delete-document'

const deletedSchema = z.object({ document_id: z.string(), purged_at: z.string().nullable() })

/**
 * The database decides whether the caller may delete; the bytes are then removed with the service
 * key. `purgedAt` is null when Storage could not be reached: the scheduled purge finishes it.
 */
export async function deleteDocument(documentId: string): Promise<{ purgedAt: string | null }> {
  const { data, error } = await supabase.functions.invoke(DELETE_DOCUMENT_FUNCTION, {
    body: { document_id: documentId },
  })
  if (error instanceof FunctionsHttpError) throw await refusalOf(error)
  if (error) throw error
  return { purgedAt: deletedSchema.parse(data).purged_at }
}

/** Deletes a document of an engagement; refreshes the engagement (its documents, log and events). */
export function useDeleteDocument() {
  return useInvalidatingMutation({
    mutationFn: ({ documentId }: { documentId: string; engagementId: string }) => deleteDocument(documentId),
    invalidates: ({ engagementId }) => [engagementKeys.detail(engagementId)],
    refreshOnError: () => true,
  })
}
