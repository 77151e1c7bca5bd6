import { lazy, Suspense } from 'react'

import { SectionBoundary } from '@/components/errors/section-boundary'
import { Spinner } from '@/components/ui/spinner'

import type { ConversationPanelProps } from './conversation-panel'

const ConversationPanel = lazy(() =>
  import('./conversation-panel').then((module) => ({ default: module.ConversationPanel })),
)

/** The conversation as its own chunk and section: the page shows first, the thread loads below it. */
export function LazyConversationPanel(props: ConversationPanelProps) {
  return (
    <SectionBoundary>
      <Suspense fallback={<Spinner />}>
        <ConversationPanel {...props} />
      </Suspense>
    </SectionBoundary>
  )
}
