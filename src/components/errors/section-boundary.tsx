import type { ReactNode } from 'react'
import { QueryErrorResetBoundary } from '@tanstack/react-query'

import { ErrorBoundary } from './error-boundary'
import { SectionErrorFallback } from './error-fallbacks'

/** Wraps a panel of a page; "try again" also refetches the panel's failed queries. */
export function SectionBoundary({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset: resetQueries }) => (
        <ErrorBoundary
          renderFallback={({ reset }) => (
            <SectionErrorFallback
              reset={() => {
                resetQueries()
                reset()
              }}
            />
          )}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
