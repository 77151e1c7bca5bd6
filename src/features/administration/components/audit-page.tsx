import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { formatDateTime } from '@/lib/format'

import { AUDIT_PAGE_SIZE, useAuditLog, type AuditEntry } from '../api/get-audit-log'
import { ADMIN_NS } from '../messages'

type Snapshot = Record<string, unknown>
const asSnapshot = (value: unknown): Snapshot =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Snapshot) : {}
const shown = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value)
const IGNORED = new Set(['updated_at', 'created_at'])
const LABEL_FIELDS = ['name', 'full_name', 'legal_name', 'email'] as const

/** The changed row in a person's words: its name, else its email, else its key. */
function subjectOf(entry: AuditEntry): string {
  const row = { ...asSnapshot(entry.before), ...asSnapshot(entry.after) }
  const label = LABEL_FIELDS.map((field) => row[field]).find((value) => typeof value === 'string' && value)
  return typeof label === 'string' ? label : entry.record_id
}

/** The fields an entry changed, before → after (for an insert or delete: the whole row). */
function changesOf(entry: AuditEntry): [string, string, string][] {
  const before = asSnapshot(entry.before)
  const after = asSnapshot(entry.after)
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !IGNORED.has(key),
  )
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => [key, shown(before[key]), shown(after[key])])
}

const TABLES = [
  'clients',
  'staff',
  'client_members',
  'service_packages',
  'company_settings',
  'invitations',
] as const
type AuditTable = (typeof TABLES)[number]
const isAuditTable = (value: string): value is AuditTable => (TABLES as readonly string[]).includes(value)
const ACTIONS = ['insert', 'update', 'delete'] as const
type AuditAction = (typeof ACTIONS)[number]
const isAuditAction = (value: string): value is AuditAction => (ACTIONS as readonly string[]).includes(value)

/** Every administrative change, newest first: when, who, what, and each field before and after. */
export function AuditPage() {
  const { t } = useTranslation(ADMIN_NS)
  const [page, setPage] = useState(0)
  const audit = useAuditLog(page)
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / AUDIT_PAGE_SIZE))
  return (
    <Panel title={t('audit.title')} description={t('audit.hint')}>
      <QueryState query={audit} isEmpty={audit.data?.rows.length === 0} empty={t('audit.none')}>
        {({ rows }) => (
          <DataTable headers={[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.changes')]}>
            {rows.map((entry) => (
              <tr key={entry.id} className="align-top">
                <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(entry.created_at)}</td>
                <td className="px-2 py-2">
                  {entry.actor_name ?? (entry.actor_id ? entry.actor_id.slice(0, 8) : t('audit.system'))}
                </td>
                <td className="px-2 py-2">
                  {isAuditTable(entry.table_name) ? t(`audit.tables.${entry.table_name}`) : entry.table_name}{' '}
                  · {isAuditAction(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}
                  <span className="block font-medium">{subjectOf(entry)}</span>
                </td>
                <td className="px-2 py-2">
                  <ul className="space-y-0.5">
                    {changesOf(entry).map(([field, before, after]) => (
                      <li key={field} className="break-all">
                        <span className="font-mono text-xs text-slate-600">{field}</span>: {before} → {after}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
      <div className="flex items-center gap-2 text-sm">
        <Button size="sm" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('audit.newer')}
        </Button>
        <span>{t('audit.page', { page: page + 1, pages })}</span>
        <Button size="sm" variant="secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
          {t('audit.older')}
        </Button>
      </div>
    </Panel>
  )
}
