import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { RefusalAlert } from '@/components/ui/refusal-alert'

import { useAssignClaims } from '../api/assign-claims'
import { WARRANTY_QUEUE_NS } from '../messages'
import { AssigneeSelect } from './assignee-select'

/** Several selected claims to one person; the database assigns all of them or none. */
export function BulkAssignBar({ claimIds, onDone }: { claimIds: string[]; onDone: () => void }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const id = useId()
  const [assignee, setAssignee] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const assign = useAssignClaims()
  const submit = () =>
    assign.mutate(
      { claimIds, assignedTo: assignee },
      {
        onSuccess: (rows) => {
          setMessage(t('bulk.done', { count: rows.length }))
          setAssignee('')
          onDone()
        },
      },
    )
  return (
    <section aria-label={t('bulk.selected', { count: claimIds.length })} className="space-y-2">
      {message && <Alert tone="info">{message}</Alert>}
      {claimIds.length > 0 && (
        <div className="flex flex-wrap items-end gap-3 rounded-lg border border-brand-200 bg-brand-50 p-3">
          <p className="text-sm font-medium text-slate-900">
            {t('bulk.selected', { count: claimIds.length })}
          </p>
          <div className="min-w-72 space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-800">
              {t('bulk.assignTo')}
            </label>
            <AssigneeSelect id={id} claimIds={claimIds} value={assignee} onChange={setAssignee} />
          </div>
          <Button onClick={submit} disabled={!assignee} isLoading={assign.isPending}>
            {t('bulk.assign')}
          </Button>
          <Button variant="ghost" onClick={onDone}>
            {t('bulk.clear')}
          </Button>
        </div>
      )}
      <RefusalAlert error={assign.error} where="warrantyQueue" />
    </section>
  )
}
