import { useTranslation } from 'react-i18next'

import { formatDateTime } from '@/lib/format'

import { useWarrantiesEnding } from '../api/get-warranties-ending'
import { OVERSIGHT_NS } from '../messages'
import { FigureTable } from './figure-table'
import { QueryPanel } from './query-panel'

export function WarrantiesPanel() {
  const { t } = useTranslation(OVERSIGHT_NS)
  const warranties = useWarrantiesEnding()
  return (
    <QueryPanel title={t('warranties.title')} query={warranties}>
      {(list) => (
        <>
          <FigureTable
            caption={t('warranties.title')}
            empty={t('warranties.empty')}
            headers={(['engagement', 'client', 'accountManager', 'endsAt', 'openClaims'] as const).map((h) =>
              t(`warranties.${h}`),
            )}
            rows={list.rows.map((w) => ({
              key: w.engagement_id,
              cells: [
                `${w.engagement_code} – ${w.engagement_title}`,
                w.client_name,
                w.account_manager_name,
                formatDateTime(w.warranty_ends_at),
                String(w.open_claims),
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
