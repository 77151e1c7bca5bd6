import type { ReactNode } from 'react'

const tones = {
  error: 'border-red-200 bg-red-50 text-red-800',
  info: 'border-brand-200 bg-brand-50 text-brand-900',
}

/** A message that screen readers announce as soon as it appears. */
export function Alert({ tone = 'error', children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border px-3 py-2.5 text-sm ${tones[tone]}`}
    >
      {children}
    </div>
  )
}
