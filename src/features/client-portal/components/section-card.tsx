import { Suspense, type ReactNode } from 'react'

import { SectionBoundary } from '@/components/errors/section-boundary'
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
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
      <div className="mt-4">
        <SectionBoundary>
          <Suspense fallback={<Spinner />}>{children}</Suspense>
        </SectionBoundary>
      </div>
    </section>
  )
}

/** The common states of a panel's query: loading, failed, empty. */
export function QueryState({
  isPending,
  error,
  isEmpty,
  empty,
  children,
}: {
  isPending: boolean
  error: unknown
  isEmpty: boolean
  empty: string
  children: ReactNode
}) {
  if (isPending) return <Spinner />
  if (error) throw error
  if (isEmpty) return <p className="text-sm text-slate-600">{empty}</p>
  return children
}
