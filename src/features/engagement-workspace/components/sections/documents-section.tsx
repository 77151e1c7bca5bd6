import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { QueryState } from '@/components/ui/query-state'
import {
  formatFileSize,
  useAccessLog,
  useDocuments,
  useDownloadDocument,
  type EngagementDocument,
} from '@/lib/documents'
import { formatDate, formatDateTime } from '@/lib/format'
import { useLanguage } from '@/lib/i18n'

import { usePersonName } from '../use-people'
import { DocumentUploadForm } from './document-upload-form'

const VISIBILITY_TONE: Record<string, BadgeTone> = {
  confidential: 'danger',
  shared: 'info',
  internal: 'warning',
}

export function DocumentsSection({
  engagementId,
  clientId,
}: {
  engagementId: string
  clientId: string | null
}) {
  const { t } = useTranslation('engagement-workspace')
  const [language] = useLanguage()
  const documents = useDocuments(engagementId)
  const download = useDownloadDocument()
  const [logOf, setLogOf] = useState<EngagementDocument | null>(null)
  return (
    <div className="space-y-4">
      <Panel level={3} title={t('documents.title')}>
        <p className="text-sm text-slate-600">{t('documents.downloadHint')}</p>
        <RefusalAlert error={download.error} />
        <QueryState query={documents}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState>{t('documents.empty')}</EmptyState>
            ) : (
              <DataTable
                headers={(['name', 'visibility', 'size', 'uploaded', 'actions'] as const).map((column) =>
                  t(`documents.columns.${column}`),
                )}
              >
                {rows.map((document) => (
                  <tr key={document.id}>
                    <td className="px-2 py-2 font-medium break-all text-slate-900">
                      {document.name}
                      {document.is_deliverable && (
                        <>
                          {' '}
                          <Badge tone="success">{t('documents.deliverableBadge')}</Badge>
                        </>
                      )}
                    </td>
                    <td className="px-2 py-2">
                      <Badge tone={VISIBILITY_TONE[document.visibility]}>
                        {t(`documents.visibility.${document.visibility}`)}
                      </Badge>
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">
                      {formatFileSize(document.size_bytes, language === 'vi' ? 'vi-VN' : 'en-GB')}
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">{formatDate(document.created_at)}</td>
                    <td className="px-2 py-2">
                      <div className="flex gap-1">
                        <Button
                          size="sm"
                          variant="secondary"
                          aria-label={t('documents.downloadLabel', { name: document.name })}
                          isLoading={download.isPending && download.variables.documentId === document.id}
                          onClick={() => download.mutate({ documentId: document.id, engagementId })}
                        >
                          {t('documents.download')}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={t('documents.showLogLabel', { name: document.name })}
                          aria-pressed={logOf?.id === document.id}
                          onClick={() => setLogOf(logOf?.id === document.id ? null : document)}
                        >
                          {t('documents.showLog')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )
          }
        </QueryState>
      </Panel>
      {logOf && <AccessLogPanel engagementId={engagementId} clientId={clientId} document={logOf} />}
      <DocumentUploadForm engagementId={engagementId} />
    </div>
  )
}

function AccessLogPanel({
  engagementId,
  clientId,
  document,
}: {
  engagementId: string
  clientId: string | null
  document: EngagementDocument
}) {
  const { t } = useTranslation('engagement-workspace')
  const log = useAccessLog(engagementId)
  const personName = usePersonName(clientId)
  return (
    <Panel level={3} title={t('documents.logTitle', { name: document.name })}>
      <QueryState query={log}>
        {(rows) => {
          const entries = rows.filter((entry) => entry.document_id === document.id)
          return entries.length === 0 ? (
            <EmptyState>{t('documents.logEmpty')}</EmptyState>
          ) : (
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-600 uppercase">
                <tr>
                  {(['when', 'who', 'action'] as const).map((column) => (
                    <th key={column} scope="col" className="px-2 py-2 font-semibold">
                      {t(`documents.logColumns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(entry.created_at)}</td>
                    <td className="px-2 py-2">{personName(entry.actor_id)}</td>
                    <td className="px-2 py-2">{t(`documents.action.${entry.action}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }}
      </QueryState>
    </Panel>
  )
}
