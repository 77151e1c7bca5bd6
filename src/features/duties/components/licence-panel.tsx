import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { RefusalAlert } from '@/components/ui/refusal-alert'

import { useCompleteLicenceRegister } from '../api/complete-licence-register'
import { useLicenceAssets } from '../api/get-licence-assets'
import { useLicenceRegister } from '../api/get-licence-register'
import { AddLicenceAssetForm } from './add-licence-asset-form'
import { LicenceTable, RegisterStatus } from './licence-table'

/** The register's mark, and for staff preparing the hand-over the button that sets it. */
function RegisterMark({ engagementId, canPrepare }: { engagementId: string; canPrepare: boolean }) {
  const { t } = useTranslation('duties')
  const register = useLicenceRegister(engagementId)
  const complete = useCompleteLicenceRegister(engagementId)
  return (
    <QueryState query={register}>
      {(mark) => (
        <div className="space-y-2">
          <RegisterStatus register={mark} />
          {canPrepare && !mark && (
            <Button size="sm" isLoading={complete.isPending} onClick={() => complete.mutate()}>
              {complete.isPending ? t('licences.marking') : t('licences.markComplete')}
            </Button>
          )}
          <RefusalAlert error={complete.error} />
        </div>
      )}
    </QueryState>
  )
}

/** P7: the licence register, read by both sides; kept by the provider while it prepares the hand-over. */
export function LicencePanel({ engagementId, canPrepare }: { engagementId: string; canPrepare: boolean }) {
  const { t } = useTranslation('duties')
  const assets = useLicenceAssets(engagementId)
  return (
    <div className="space-y-4">
      <Panel level={3} title={t('licences.title')} description={t('licences.description')}>
        <RegisterMark engagementId={engagementId} canPrepare={canPrepare} />
        <QueryState query={assets}>{(rows) => <LicenceTable assets={rows} />}</QueryState>
      </Panel>
      {canPrepare && <AddLicenceAssetForm engagementId={engagementId} />}
    </div>
  )
}
