import { useQueryClient } from '@tanstack/react-query'

import { useDownloadDocument, useUploadDocument, type DocumentLink } from '@/lib/documents'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { clientPortalKeys } from './keys'

/** Upload (register, then bytes with progress); the portal's lists and logs refresh after it. */
export function useClientUpload() {
  const queryClient = useQueryClient()
  const upload = useUploadDocument()
  const refresh = () => queryClient.invalidateQueries({ queryKey: clientPortalKeys.all })
  return { ...upload, refresh }
}

/** Opens a document through a 60-second signed link; the read is logged first, so the log refreshes. */
export function useClientDownload() {
  const download = useDownloadDocument()
  return useInvalidatingMutation({
    mutationFn: (link: DocumentLink) => download.mutateAsync(link),
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: () => true,
  })
}
