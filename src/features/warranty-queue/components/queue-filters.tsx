import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'

import type { QueueFilters as Filters } from '../api/get-warranty-queue'
import { useFilterOptions } from '../api/get-filter-options'
import { WARRANTY_QUEUE_NS } from '../messages'
import { COVERAGES, PRIORITIES, STATUSES } from './options'

const selectClass = 'h-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900'

type Props = { filters: Filters; onChange: (name: keyof Filters, value: string) => void; onReset: () => void }

/** Every filter lives in the URL, so a filtered queue can be bookmarked or shared. */
export function QueueFilters({ filters, onChange, onReset }: Props) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const options = useFilterOptions().data
  const select = (
    name: keyof Filters,
    label: string,
    values: { value: string; label: string }[],
    all: string,
  ) => (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
      {label}
      <select
        className={selectClass}
        value={String(filters[name] ?? '')}
        onChange={(e) => onChange(name, e.target.value)}
      >
        <option value="">{all}</option>
        {values.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <fieldset className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{t('filters.legend')}</legend>
      {select(
        'status',
        t('filters.status'),
        STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
        t('filters.allOpen'),
      )}
      {select(
        'priority',
        t('filters.priority'),
        PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
        t('filters.all'),
      )}
      {select(
        'coverage',
        t('filters.coverage'),
        COVERAGES.map((c) => ({ value: c, label: t(`coverage.${c}`) })),
        t('filters.all'),
      )}
      {select(
        'assignee',
        t('filters.assignee'),
        (options?.staff ?? []).map((s) => ({ value: s.user_id, label: s.full_name })),
        t('filters.all'),
      )}
      {select(
        'client',
        t('filters.client'),
        (options?.clients ?? []).map((c) => ({ value: c.id, label: c.name })),
        t('filters.all'),
      )}
      <label className="flex h-9 items-center gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          className="size-4"
          checked={filters.breached === true}
          onChange={(e) => onChange('breached', e.target.checked ? '1' : '')}
        />
        {t('filters.breachedOnly')}
      </label>
      <Button variant="ghost" size="sm" onClick={onReset}>
        {t('filters.reset')}
      </Button>
    </fieldset>
  )
}
