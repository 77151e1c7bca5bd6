import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { Spinner } from '@/components/ui/spinner'
import { RefusalAlert } from '@/components/ui/refusal-alert'

/** Loading and error states of a panel's query; children render once the data is there. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
}) {
  if (query.isPending) {
    return (
      <div className="flex justify-center py-6 text-brand-600">
        <Spinner />
      </div>
    )
  }
  if (query.isError) return <RefusalAlert error={query.error} />
  return <>{children(query.data)}</>
}
