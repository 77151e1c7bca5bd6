import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'

import { useHandoverItems, type HandoverItem } from '../api/get-handover-items'
import { AddHandoverItemForm } from './add-handover-item-form'
import { CompleteHandoverItemForm } from './complete-handover-item-form'
import { HandoverList } from './handover-list'

/** P5 for staff: the items to hand over, recording each as done, and adding new ones. */
export function HandoverPanel({ engagementId, canPrepare }: { engagementId: string; canPrepare: boolean }) {
  const { t } = useTranslation('duties')
  const items = useHandoverItems(engagementId)
  const [completing, setCompleting] = useState<string | null>(null)
  const renderAction = (item: HandoverItem) => {
    if (item.done_at || !canPrepare) return null
    if (completing === item.id) {
      return (
        <CompleteHandoverItemForm
          engagementId={engagementId}
          item={item}
          onDone={() => setCompleting(null)}
        />
      )
    }
    return (
      <Button
        size="sm"
        variant="secondary"
        aria-label={`${t('handover.complete')}: ${item.title}`}
        onClick={() => setCompleting(item.id)}
      >
        {t('handover.complete')}
      </Button>
    )
  }
  return (
    <div className="space-y-4">
      <Panel level={3} title={t('handover.title')} description={t('handover.description')}>
        <QueryState query={items}>
          {(rows) => <HandoverList items={rows} renderAction={renderAction} />}
        </QueryState>
      </Panel>
      {canPrepare && <AddHandoverItemForm engagementId={engagementId} />}
    </div>
  )
}
