import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { formatDateTime } from '@/lib/format'
import { formatWaiting } from '@/lib/workflow'

import type { QueueClaim } from '../api/get-warranty-queue'
import { WARRANTY_QUEUE_NS } from '../messages'
import { liveSlaStatus } from './sla'
import { SlaBadge } from './sla-badge'

type Props = {
  claim: QueueClaim
  now: number
  selected: boolean
  onToggle: (id: string) => void
  onHandle: (claim: QueueClaim) => void
}

const cell = 'px-3 py-2 align-top'

export function QueueRow({ claim, now, selected, onToggle, onHandle }: Props) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const id = claim.id ?? ''
  const title = claim.title ?? ''
  return (
    <tr className={selected ? 'bg-brand-50' : 'bg-white'}>
      <td className={cell}>
        <input
          type="checkbox"
          className="size-4"
          checked={selected}
          onChange={() => onToggle(id)}
          aria-label={t('selectClaim', { title })}
        />
      </td>
      <th scope="row" className={`${cell} text-left font-normal`}>
        <span className="block font-medium text-slate-900">{title}</span>
        <span className="block text-xs text-slate-600">
          {claim.engagement_code} · {claim.client_name}
        </span>
        {(claim.escalation_count ?? 0) > 0 && (
          <span className="block text-xs font-medium text-amber-800">
            {t('escalated', { count: claim.escalation_count ?? 0 })}
          </span>
        )}
      </th>
      <td className={cell}>{claim.priority ? t(`priority.${claim.priority}`) : ''}</td>
      <td className={cell}>{claim.coverage ? t(`coverage.${claim.coverage}`) : t('untriaged')}</td>
      <td className={cell}>{claim.status ? t(`status.${claim.status}`) : ''}</td>
      <td className={cell}>
        {claim.assignee_name ?? <span className="text-slate-600">{t('unassigned')}</span>}
      </td>
      <td className={`${cell} whitespace-nowrap`}>
        {claim.response_due_at && formatDateTime(claim.response_due_at)}
      </td>
      <td className={`${cell} whitespace-nowrap`}>
        {claim.resolution_due_at && formatDateTime(claim.resolution_due_at)}
      </td>
      <td className={cell}>
        {claim.paused_seconds ? formatWaiting(claim.paused_seconds) : t('durationNone')}
        {claim.paused && <span className="block text-xs text-slate-600">{t('pausedNow')}</span>}
      </td>
      <td className={cell}>
        <SlaBadge status={liveSlaStatus(claim, now)} />
      </td>
      <td className={cell}>
        <Button
          size="sm"
          variant="secondary"
          className="whitespace-nowrap"
          onClick={() => onHandle(claim)}
          aria-label={t('actions.handleClaim', { title })}
        >
          {t('actions.handle')}
        </Button>
      </td>
    </tr>
  )
}
