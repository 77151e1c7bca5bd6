import { useMutation, useQueryClient } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { documentKeys } from './keys'
import { DOCUMENTS_BUCKET } from './limits'

/** How long a download link works: long enough to start the download, too short to pass around. */
export const SIGNED_LINK_SECONDS = 60

export type DocumentLink = { documentId: string; engagementId: string }

/** Logs the read first (the database refuses what the caller may not see), then signs a 60-second link. */
export async function createDocumentLink({ documentId }: DocumentLink): Promise<string> {
  const { data: path, error } = await supabase.rpc('log_document_access', { document_id: documentId })
  if (error) throw error
  const { data, error: signError } = await supabase.storage
    .from(DOCUMENTS_BUCKET)
    .createSignedUrl(path as string, SIGNED_LINK_SECONDS)
  if (signError) throw signError
  return data.signedUrl
}

/**
 * Opens the signed link in a new tab. The tab is opened before the request (still inside the
 * click), so pop-up blockers let it through; it is closed again if the link is refused.
 */
export function useDownloadDocument() {
  const queryClient = useQueryClient()
  return useMutation({
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
    onSettled: (_url, _error, link) =>
      queryClient.invalidateQueries({ queryKey: documentKeys.accessLog(link.engagementId) }),
  })
}
