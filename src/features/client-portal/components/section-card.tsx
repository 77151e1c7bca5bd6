import { Suspense, type ReactNode } from 'react'

import { SectionBoundary } from '@/components/errors/section-boundary'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'

/** One panel of the engagement page: a titled region that fails, loads and scrolls on its own. */
export function SectionCard({
  id,
  title,
  description,
  children,
}: {
  id: string
  title: string
  description?: string
  children: ReactNode
}) {
  return (
    <Panel id={id} title={title} description={description}>
      <SectionBoundary>
        <Suspense fallback={<Spinner />}>{children}</Suspense>
      </SectionBoundary>
    </Panel>
  )
}
