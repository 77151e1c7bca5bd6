import type { ReactNode } from 'react'

import { Button } from '@/components/ui/button'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { useDownloadBusinessDocument, type BusinessDocumentKind } from '@/lib/documents'

import { clientPortalKeys } from '../api/keys'

/** Downloads a quote, receipt or acceptance minutes as PDF; making a sealed one refreshes the documents. */
export function BusinessDocumentButton({
  kind,
  id,
  children,
}: {
  kind: BusinessDocumentKind
  id: string
  children: ReactNode
}) {
  const download = useDownloadBusinessDocument([clientPortalKeys.all])
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        size="sm"
        isLoading={download.isPending}
        onClick={() => download.mutate({ kind, id })}
      >
        {children}
      </Button>
      <RefusalAlert error={download.error} />
    </div>
  )
}
