import { Suspense, type ReactNode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { I18nextProvider } from 'react-i18next'

import { ErrorBoundary } from '@/components/errors/error-boundary'
import { AppErrorFallback } from '@/components/errors/error-fallbacks'
import { PageSpinner } from '@/components/ui/spinner'
import { SessionProvider } from '@/lib/auth'
import { i18n } from '@/lib/i18n'
import { queryClient } from '@/lib/query-client'

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary renderFallback={() => <AppErrorFallback />}>
        <Suspense fallback={<PageSpinner />}>
          <QueryClientProvider client={queryClient}>
            <SessionProvider>{children}</SessionProvider>
          </QueryClientProvider>
        </Suspense>
      </ErrorBoundary>
    </I18nextProvider>
  )
}
