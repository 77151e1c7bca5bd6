import { useMutation, useQueryClient } from '@tanstack/react-query'

import { useDownloadDocument, useUploadDocument, type DocumentLink } from '@/lib/documents'

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
  const queryClient = useQueryClient()
  const download = useDownloadDocument()
  return useMutation({
    mutationFn: (link: DocumentLink) => download.mutateAsync(link),
    onSettled: () => queryClient.invalidateQueries({ queryKey: clientPortalKeys.all }),
  })
}
