import { useTranslation } from 'react-i18next'

import { useRequest } from '../api/get-request'

/** The request as the client sent it: the package chosen and its details. */
export function RequestSummary({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('client-portal')
  const request = useRequest(engagementId).data
  const packageName = request?.requested_package?.name
  if (!request || (!packageName && !request.request_details)) return null
  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-3 text-sm text-slate-800">
      <h2 className="font-semibold text-slate-900">{t('request.title')}</h2>
      {packageName && <p>{t('request.package', { name: packageName })}</p>}
      {request.request_details && <p className="whitespace-pre-line">{request.request_details}</p>}
    </div>
  )
}
