import type { ReactNode } from 'react'

import { RefusalAlert } from './refusal-alert'
import { Spinner } from './spinner'

type QueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined }

type QueryStateProps<T> = {
  query: QueryLike<T>
  /** `alert` says a failure in place; `boundary` throws it to the section's error boundary (with its retry). */
  failure?: 'alert' | 'boundary'
  isEmpty?: boolean
  /** Said instead of the children when `isEmpty`. */
  empty?: string
  children: ReactNode | ((data: T) => ReactNode)
}

/** The loading, failed and empty states of a panel's query; the children once the data is there. */
export function QueryState<T>({
  query,
  failure = 'alert',
  isEmpty = false,
  empty,
  children,
}: QueryStateProps<T>) {
  if (query.isPending) {
    return (
      <div className="flex justify-center py-6 text-brand-600">
        <Spinner />
      </div>
    )
  }
  if (query.isError) {
    if (failure === 'boundary') throw query.error
    return <RefusalAlert error={query.error} />
  }
  if (query.data === undefined) return null
  if (isEmpty) return <p className="text-sm text-slate-600">{empty}</p>
  return <>{typeof children === 'function' ? children(query.data) : children}</>
}
