import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { useSignedInUser } from '@/lib/auth'

import { NOTIFICATION_KINDS, type NotificationFilters, type NotificationKind } from '../api/get-notifications'
import { useMarkAllNotificationsRead } from '../api/mark-read'

import { NotificationList } from './notification-list'
import { NotificationPreferences } from './notification-preferences'

const isKind = (value: string): value is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value)

/** `/notifications`: the person's inbox with filters, "mark all read" and their email choices. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications')
  const user = useSignedInUser()
  const [filters, setFilters] = useState<NotificationFilters>({ kind: 'all', unreadOnly: false })
  const markAll = useMarkAllNotificationsRead()
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{t('page.title')}</h1>
          <p className="text-sm text-slate-600">{t('page.subtitle')}</p>
        </div>
        <Button variant="secondary" isLoading={markAll.isPending} onClick={() => markAll.mutate(undefined)}>
          {t('page.markAllRead')}
        </Button>
      </div>
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="sr-only">{t('filters.legend')}</legend>
        <Field label={t('filters.kind')}>
          <Select
            value={filters.kind}
            onChange={(event) => {
              const kind = event.target.value
              setFilters((current) => ({ ...current, kind: isKind(kind) ? kind : 'all' }))
            }}
          >
            <option value="all">{t('filters.all')}</option>
            {NOTIFICATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <label className="flex h-10 items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={filters.unreadOnly}
            onChange={(event) => setFilters((current) => ({ ...current, unreadOnly: event.target.checked }))}
          />
          {t('filters.unreadOnly')}
        </label>
      </fieldset>
      <NotificationList userId={user.id} filters={filters} />
      <NotificationPreferences userId={user.id} />
    </div>
  )
}
