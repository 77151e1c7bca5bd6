import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Panel } from '@/components/ui/panel'

import { usePendingActions } from '../api/get-pending-actions'

/** Each line of the approver's reasons is one thing to fix. */
const reasonsOf = (note: string) =>
  note
    .split(/\n+/)
    .map((line) => line.replace(/^\s*[-•*\d.)]+\s*/, '').trim())
    .filter(Boolean)

const storageKey = (rejectionId: string) => `tams.rejection-checklist.${rejectionId}`

function readTicked(rejectionId: string): number[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(rejectionId)) ?? '[]')
    return Array.isArray(stored) ? stored.filter((each): each is number => typeof each === 'number') : []
  } catch {
    return []
  }
}

function Checklist({ rejectionId, reasons }: { rejectionId: string; reasons: string[] }) {
  const { t } = useTranslation('engagement-workspace')
  const [ticked, setTicked] = useState(() => new Set(readTicked(rejectionId)))
  const toggle = (index: number) => {
    const next = new Set(ticked)
    if (next.has(index)) next.delete(index)
    else next.add(index)
    setTicked(next)
    localStorage.setItem(storageKey(rejectionId), JSON.stringify([...next]))
  }
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {t('rejection.progress', { done: ticked.size, total: reasons.length })}
      </p>
      <ul className="space-y-1">
        {reasons.map((reason, index) => (
          <li key={index}>
            <label className="flex items-start gap-2 text-sm text-slate-900">
              <input
                type="checkbox"
                className="mt-0.5 size-4"
                checked={ticked.has(index)}
                onChange={() => toggle(index)}
              />
              <span className={ticked.has(index) ? 'text-slate-600 line-through' : ''}>{reason}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * After the approver rejected at acceptance, TAMS owes the fixes: the reasons, one per line, as a
 * checklist until the next hand-over (the database's fix_rejection action says how long).
 */
export function RejectionChecklist({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const actions = usePendingActions(engagementId).data ?? []
  const fix = actions.find((action) => action.kind === 'fix_rejection')
  if (!fix?.subject_id) return null
  return (
    <Panel title={t('rejection.title')} description={t('rejection.description')}>
      <Checklist key={fix.subject_id} rejectionId={fix.subject_id} reasons={reasonsOf(fix.note ?? '')} />
    </Panel>
  )
}
