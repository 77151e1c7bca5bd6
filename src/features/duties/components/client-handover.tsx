import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { QueryState } from '@/components/ui/query-state'
import { RefusalAlert } from '@/components/ui/refusal-alert'

import { useConfirmHandoverItem } from '../api/confirm-handover-item'
import { useHandoverItems, type HandoverItem } from '../api/get-handover-items'
import { HandoverList } from './handover-list'
import { LicencePanel } from './licence-panel'

function ConfirmReceipt({ engagementId, item }: { engagementId: string; item: HandoverItem }) {
  const { t } = useTranslation('duties')
  const confirm = useConfirmHandoverItem(engagementId)
  if (!item.done_at || item.received_at) return null
  return (
    <div className="space-y-2">
      <Button
        size="sm"
        isLoading={confirm.isPending}
        aria-label={`${t('handover.confirm')}: ${item.title}`}
        onClick={() => confirm.mutate(item.id)}
      >
        {confirm.isPending ? t('handover.confirming') : t('handover.confirm')}
      </Button>
      <RefusalAlert error={confirm.error} />
    </div>
  )
}

/** P5 and P7 for the client: what was handed over (confirming each receipt) and the licence register. */
export function ClientHandover({ engagementId }: { engagementId: string }) {
  const items = useHandoverItems(engagementId)
  return (
    <div className="space-y-4">
      <QueryState query={items}>
        {(rows) => (
          <HandoverList
            items={rows}
            renderAction={(item) => <ConfirmReceipt engagementId={engagementId} item={item} />}
          />
        )}
      </QueryState>
      <LicencePanel engagementId={engagementId} canPrepare={false} />
    </div>
  )
}
