import type { ReactNode } from 'react'

const tones = {
  neutral: 'bg-slate-100 text-slate-800',
  waiting: 'bg-amber-100 text-amber-900',
  good: 'bg-emerald-100 text-emerald-900',
  bad: 'bg-red-100 text-red-900',
  info: 'bg-brand-50 text-brand-900',
}

export type BadgeTone = keyof typeof tones

export function StatusBadge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>
      {children}
    </span>
  )
}
