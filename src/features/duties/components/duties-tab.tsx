import { useTranslation } from 'react-i18next'

import { Panel } from '@/components/ui/panel'

import { DutiesLedger, type EvidenceLink } from './duties-ledger'
import { HandoverPanel } from './handover-panel'
import { LicencePanel } from './licence-panel'

/** The staff workspace's duties: the ledger, then handover and licences (prepared in implementation and completion). */
export function DutiesTab({
  engagementId,
  canPrepare,
  linkFor,
}: {
  engagementId: string
  canPrepare: boolean
  linkFor: EvidenceLink
}) {
  const { t } = useTranslation('duties')
  return (
    <div className="space-y-4">
      <Panel level={3} title={t('ledger.title')} description={t('ledger.description')}>
        <DutiesLedger engagementId={engagementId} linkFor={linkFor} />
      </Panel>
      <HandoverPanel engagementId={engagementId} canPrepare={canPrepare} />
      <LicencePanel engagementId={engagementId} canPrepare={canPrepare} />
    </div>
  )
}
