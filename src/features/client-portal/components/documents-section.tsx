import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { QueryState } from '@/components/ui/query-state'
import { formatFileSize } from '@/lib/documents'
import { formatDateTime } from '@/lib/format'

import { useClientDownload } from '../api/client-documents'
import { useAccessLog, type AccessLogEntry } from '../api/get-access-log'
import { useDocuments, type ClientDocument } from '../api/get-documents'
import { usePeople, type Person } from '../api/get-people'

import { DocumentUploadForm } from './document-upload-form'
import { useEngagementView } from './engagement-context'

/** An opening is a download link; the upload and a deletion are listed too, but are no openings. */
const openings = (entries: AccessLogEntry[]) => entries.filter((entry) => entry.action === 'signed_link')

function AccessHistory({ entries, people }: { entries: AccessLogEntry[]; people: Map<string, Person> }) {
  const { t } = useTranslation('client-portal')
  return (
    <>
      {openings(entries).length === 0 && (
        <p className="text-sm text-slate-600">{t('documents.neverOpened')}</p>
      )}
      <ul className="space-y-0.5 text-sm text-slate-700">
        {entries.map((entry) => {
          const person = entry.actor_id ? people.get(entry.actor_id) : undefined
          const who = person
            ? t(person.side === 'provider' ? 'documents.providerPerson' : 'documents.clientPerson', {
                name: person.name,
              })
            : t('documents.providerStaff')
          return (
            <li key={entry.id}>
              {t(`documents.action.${entry.action}`, { who, date: formatDateTime(entry.created_at) })}
            </li>
          )
        })}
      </ul>
    </>
  )
}

function DocumentItem({
  document,
  log,
  people,
}: {
  document: ClientDocument
  log: AccessLogEntry[]
  people: Map<string, Person>
}) {
  const { t, i18n } = useTranslation('client-portal')
  const { engagementId } = useEngagementView()
  const download = useClientDownload()
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium break-all text-slate-900">{document.name}</p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <Badge tone={document.visibility === 'confidential' ? 'warning' : 'brand'}>
              {t(`documents.visibilityName.${document.visibility}`)}
            </Badge>
            {document.is_deliverable && <Badge tone="success">{t('documents.deliverable')}</Badge>}
            <span>{formatFileSize(document.size_bytes, i18n.language === 'en' ? 'en-GB' : 'vi-VN')}</span>
            <span>{formatDateTime(document.created_at)}</span>
          </p>
        </div>
        <Button
          variant="secondary"
          size="sm"
          isLoading={download.isPending}
          aria-label={t('documents.downloadNamed', { name: document.name })}
          onClick={() => download.mutate({ documentId: document.id, engagementId })}
        >
          {t('documents.download')}
        </Button>
      </div>
      <RefusalAlert error={download.error} />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">
          {t('documents.accessLog', { count: openings(log).length })}
        </summary>
        <div className="mt-1">
          <AccessHistory entries={log} people={people} />
        </div>
      </details>
    </li>
  )
}

/** P3: the client's documents, 60-second download links, and who opened each one and when. */
export function DocumentsSection() {
  const { t } = useTranslation('client-portal')
  const { engagementId, state } = useEngagementView()
  const documents = useDocuments(engagementId)
  const accessLog = useAccessLog(engagementId)
  const people = usePeople()
  const rows = documents.data ?? []
  const finished = state === 'cancelled' || state === 'closed'
  return (
    <div className="space-y-4">
      {!finished && <DocumentUploadForm />}
      <QueryState
        query={documents}
        failure="boundary"
        isEmpty={rows.length === 0}
        empty={t('documents.none')}
      >
        <ul className="divide-y divide-slate-200">
          {rows.map((document) => (
            <DocumentItem
              key={document.id}
              document={document}
              log={(accessLog.data ?? []).filter((entry) => entry.document_id === document.id)}
              people={people.data ?? new Map()}
            />
          ))}
        </ul>
      </QueryState>
    </div>
  )
}
