import { useTranslation } from 'react-i18next'

import { Panel } from '@/components/ui/panel'

import { useRequest } from '../api/get-request'

/** The request as the client sent it: the package chosen and its details. */
export function RequestSummary({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const request = useRequest(engagementId).data
  const packageName = request?.requested_package?.name
  if (!request || (!packageName && !request.request_details)) return null
  return (
    <Panel title={t('request.title')}>
      <div className="space-y-1 text-sm text-slate-800">
        {packageName && <p>{t('request.package', { name: packageName })}</p>}
        {request.request_details && <p className="whitespace-pre-line">{request.request_details}</p>}
      </div>
    </Panel>
  )
}
