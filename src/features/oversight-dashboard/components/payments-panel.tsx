import { useTranslation } from 'react-i18next'

import { formatDate, formatVnd } from '@/lib/format'
import { paymentLabel } from '@/lib/workflow'

import { useOverduePayments } from '../api/get-overdue-payments'
import { OVERSIGHT_NS } from '../messages'
import { FigureTable } from './figure-table'
import { QueryPanel } from './query-panel'

export function PaymentsPanel() {
  const { t } = useTranslation(OVERSIGHT_NS)
  const payments = useOverduePayments()
  return (
    <QueryPanel title={t('payments.title')} query={payments}>
      {(list) => (
        <>
          <FigureTable
            caption={t('payments.title')}
            empty={t('payments.empty')}
            headers={(['engagement', 'client', 'label', 'amount', 'dueDate', 'daysOverdue'] as const).map(
              (h) => t(`payments.${h}`),
            )}
            rows={list.rows.map((p) => ({
              key: p.payment_id,
              cells: [
                p.engagement_code,
                p.client_name,
                paymentLabel(p),
                formatVnd(p.amount_vnd),
                formatDate(p.due_date),
                t('payments.days', { count: p.days_overdue }),
              ],
            }))}
          />
          {list.total > list.rows.length && (
            <p className="text-sm text-slate-600">
              {t('shownOf', { shown: list.rows.length, total: list.total })}
            </p>
          )}
        </>
      )}
    </QueryPanel>
  )
}
