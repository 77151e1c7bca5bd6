import type { ReactNode } from 'react'

/** What a list says when it has nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md bg-slate-50 px-3 py-4 text-sm text-slate-600">{children}</p>
}
