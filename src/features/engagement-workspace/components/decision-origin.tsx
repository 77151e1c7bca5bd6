import { useTranslation } from 'react-i18next'

import { formatDateTime } from '@/lib/format'

import { usePersonName } from './use-people'

export type Decision = 'accepted' | 'declined' | 'approved' | 'rejected'

type DecisionOriginProps = {
  decision: Decision
  clientId: string | null
  decidedBy: string | null
  decidedAt: string | null
  userAgent: string | null
  from: string | null
}

/** Who took a binding decision, when, and from which browser and address, as the database recorded it. */
export function DecisionOrigin({
  decision,
  clientId,
  decidedBy,
  decidedAt,
  userAgent,
  from,
}: DecisionOriginProps) {
  const { t } = useTranslation('engagement-workspace')
  const personName = usePersonName(clientId)
  if (!decidedAt) return null
  return (
    <div className="text-xs text-slate-600">
      <p>{t(`decision.${decision}`, { name: personName(decidedBy), date: formatDateTime(decidedAt) })}</p>
      {(userAgent || from) && (
        <p className="break-all">
          {t('decision.origin', { browser: userAgent ?? '—', address: from ?? '—' })}
        </p>
      )}
    </div>
  )
}
