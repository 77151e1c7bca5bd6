import { FunctionsHttpError } from '@supabase/supabase-js'
import { z } from 'zod'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { refusalOf } from './function-refusal'
import { documentKeys } from './keys'

/** The Edge Function that logs a read and signs its link (supabase/functions/document-link). */
export const DOCUMENT_LINK_FUNCTION = 'document-link'

export type DocumentLink = { documentId: string; engagementId: string }

const linkSchema = z.object({ signedUrl: z.string().url(), expiresIn: z.number() })
/**
 * The only way to a document's bytes: the function logs the read as the caller (the database
 * refuses what they may not see) and signs a link valid for at most 60 seconds.
 */
export async function createDocumentLink({ documentId }: DocumentLink): Promise<string> {
  const { data, error } = await supabase.functions.invoke(DOCUMENT_LINK_FUNCTION, {
    body: { document_id: documentId },
  })
  if (error instanceof FunctionsHttpError) throw await refusalOf(error)
  if (error) throw error
  return linkSchema.parse(data).signedUrl
}

/**
 * Opens the signed link in a new tab. The tab is opened before the request (still inside the
 * click), so pop-up blockers let it through; it is closed again if the link is refused.
 */
export function useDownloadDocument() {
  return useInvalidatingMutation({
    mutationFn: async (link: DocumentLink) => {
      const tab = window.open('', '_blank')
      if (tab) tab.opener = null
      try {
        const url = await createDocumentLink(link)
        if (tab) tab.location.href = url
        else window.location.assign(url)
        return url
      } catch (error) {
        tab?.close()
        throw error
      }
    },
    invalidates: (link) => [documentKeys.accessLog(link.engagementId)],
    refreshOnError: () => true,
  })
}
