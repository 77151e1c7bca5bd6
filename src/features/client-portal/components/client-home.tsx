import { useTranslation } from 'react-i18next'

import { useClient } from '../api/get-client'

import { EngagementList } from './engagement-list'
import { NewRequestForm } from './new-request-form'
import { SectionCard } from './section-card'
import { YourTurn } from './your-turn'

/** The client's landing page: what waits on them, their engagements, and a new request. */
export function ClientHome({ clientId, isApprover }: { clientId: string; isApprover: boolean }) {
  const { t } = useTranslation('client-portal')
  const clientName = useClient(clientId).data?.name
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t('home.title')}</h1>
          {clientName && <p className="text-slate-600">{clientName}</p>}
        </div>
      </div>
      <SectionCard id="your-turn" title={t('yourTurn.title')} description={t('yourTurn.description')}>
        <YourTurn isApprover={isApprover} />
      </SectionCard>
      <SectionCard
        id="new-request"
        title={t('newRequest.sectionTitle')}
        description={t('newRequest.sectionDescription')}
      >
        <NewRequestForm clientId={clientId} />
      </SectionCard>
      <SectionCard id="engagements" title={t('list.title')}>
        <EngagementList />
      </SectionCard>
    </div>
  )
}
