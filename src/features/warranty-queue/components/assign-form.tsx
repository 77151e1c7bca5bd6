import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { RefusalAlert } from '@/components/ui/refusal-alert'

import { useAssignClaims } from '../api/assign-claims'
import type { QueueClaim } from '../api/get-warranty-queue'
import { WARRANTY_QUEUE_NS } from '../messages'
import { AssigneeSelect } from './assignee-select'

/** Reassign a claim that is already triaged (e.g. while it waits on the client). */
export function AssignForm({ claim }: { claim: QueueClaim }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const id = useId()
  const [assignee, setAssignee] = useState(claim.assigned_to ?? '')
  const assign = useAssignClaims()
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h3 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {t('assign.title')}
      </h3>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t('triage.assignee')}
      </label>
      <AssigneeSelect id={id} claimIds={[claim.id ?? '']} value={assignee} onChange={setAssignee} />
      <RefusalAlert error={assign.error} where="warrantyQueue" />
      {assign.isSuccess && <Alert tone="info">{t('assign.done')}</Alert>}
      <Button
        variant="secondary"
        disabled={!assignee}
        isLoading={assign.isPending}
        onClick={() => assign.mutate({ claimIds: [claim.id ?? ''], assignedTo: assignee })}
      >
        {t('assign.submit')}
      </Button>
    </section>
  )
}
