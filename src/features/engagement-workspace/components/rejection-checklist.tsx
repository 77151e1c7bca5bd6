import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'

import { usePendingActions } from '../api/get-pending-actions'
import { useRejectionFixes, useSetRejectionFix } from '../api/rejection-fixes'

/** Each line of the approver's reasons is one thing to fix (as private.rejection_reasons reads them). */
const reasonsOf = (note: string) =>
  note
    .split(/\n+/)
    .map((line) => line.replace(/^\s*[-•*\d.)]+\s*/, '').trim())
    .filter(Boolean)

function Checklist({
  engagementId,
  rejectionId,
  reasons,
}: {
  engagementId: string
  rejectionId: string
  reasons: string[]
}) {
  const { t } = useTranslation('engagement-workspace')
  const fixes = useRejectionFixes(engagementId, rejectionId)
  const setFix = useSetRejectionFix(engagementId)
  // The tick being saved shows in the same render as the click; the database's answer replaces it.
  const [pending, setPending] = useState<{ item: number; fixed: boolean } | null>(null)
  const ticked = new Set(fixes.data ?? [])
  if (pending) {
    if (pending.fixed) ticked.add(pending.item)
    else ticked.delete(pending.item)
  }
  const toggle = (item: number, fixed: boolean) => {
    setPending({ item, fixed })
    setFix.mutate({ rejectionId, item, fixed }, { onSettled: () => setPending(null) })
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
                disabled={fixes.isPending || pending !== null}
                onChange={(event) => toggle(index, event.target.checked)}
              />
              <span className={ticked.has(index) ? 'text-slate-600 line-through' : ''}>{reason}</span>
            </label>
          </li>
        ))}
      </ul>
      <RefusalAlert error={setFix.error ?? fixes.error} />
    </div>
  )
}

/**
 * After the approver rejected at acceptance, TAMS owes the fixes: the reasons, one per line, as a
 * checklist until the next hand-over (the database's fix_rejection action says how long); the
 * ticks are kept in the database, so everyone on the engagement sees the same progress.
 */
export function RejectionChecklist({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const actions = usePendingActions(engagementId).data ?? []
  const fix = actions.find((action) => action.kind === 'fix_rejection')
  if (!fix?.subject_id) return null
  return (
    <Panel title={t('rejection.title')} description={t('rejection.description')}>
      <Checklist
        key={fix.subject_id}
        engagementId={engagementId}
        rejectionId={fix.subject_id}
        reasons={reasonsOf(fix.note ?? '')}
      />
    </Panel>
  )
}
