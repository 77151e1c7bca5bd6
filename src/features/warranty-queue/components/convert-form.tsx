import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { RefusalAlert } from '@/components/ui/refusal-alert'

import type { QueueClaim } from '../api/get-warranty-queue'
import { useTriageClaim } from '../api/triage-claim'
import { WARRANTY_QUEUE_NS } from '../messages'

/** Judged a change request: one database call creates it, linked to the claim. */
export function ConvertForm({ claim }: { claim: QueueClaim }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const [done, setDone] = useState(false)
  const triage = useTriageClaim()
  const convert = () =>
    triage.mutate(
      {
        claimId: claim.id ?? '',
        coverage: 'change_request',
        priority: claim.priority ?? 'normal',
        assignedTo: claim.assigned_to ?? '',
        note: '',
      },
      { onSuccess: () => setDone(true) },
    )
  return (
    <section aria-labelledby="convert-title" className="space-y-2">
      <h3 id="convert-title" className="text-base font-semibold text-slate-900">
        {t('convert.title')}
      </h3>
      <p className="text-sm text-slate-600">{t('convert.hint')}</p>
      <RefusalAlert error={triage.error} where="warrantyQueue" />
      {done && <Alert tone="info">{t('convert.done')}</Alert>}
      <Button variant="secondary" onClick={convert} isLoading={triage.isPending} disabled={done}>
        {t('convert.submit')}
      </Button>
    </section>
  )
}
