import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'

import { DUTIES, PARTIES, STATES, dutyName, stateName, whoseMoveLabel } from '@/lib/workflow'

import type { FilterOption } from '../api/get-filter-options'
import { hasFilters, readFilters, withFilter, type BoardFilters as Filters } from '../lib/filters'

const control =
  'block h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600'

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="block min-w-40 flex-1 text-xs font-medium text-slate-700">
      {label}
      <span className="mt-1 block">{children}</span>
    </label>
  )
}

/** Filters live in the URL: a filtered board can be shared and survives a reload. */
export function BoardFilters({
  options,
  showAccountManager,
}: {
  /** The database's lists; until they arrive only the current choice is offered. */
  options: { clients: FilterOption[]; accountManagers: FilterOption[] } | undefined
  showAccountManager: boolean
}) {
  const { t } = useTranslation('board')
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const set = (key: keyof Filters, value: string) =>
    setParams(withFilter(params, key, value || null), { replace: true })
  const clients = options?.clients ?? []
  const managers = options?.accountManagers ?? []

  return (
    <search aria-label={t('filters.label')} className="flex flex-wrap items-end gap-3">
      <Labelled label={t('filters.search')}>
        <input
          type="search"
          value={filters.search}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(event) => set('search', event.target.value)}
          className={control}
        />
      </Labelled>
      <Labelled label={t('filters.client')}>
        <select
          value={filters.client ?? ''}
          onChange={(event) => set('client', event.target.value)}
          className={control}
        >
          <option value="">{t('filters.all')}</option>
          {clients.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Labelled>
      {showAccountManager && (
        <Labelled label={t('filters.accountManager')}>
          <select
            value={filters.accountManager ?? ''}
            onChange={(event) => set('accountManager', event.target.value)}
            className={control}
          >
            <option value="">{t('filters.all')}</option>
            {managers.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Labelled>
      )}
      <Labelled label={t('filters.whoseMove')}>
        <select
          value={filters.whoseMove ?? ''}
          onChange={(event) => set('whoseMove', event.target.value)}
          className={control}
        >
          <option value="">{t('filters.all')}</option>
          {PARTIES.map((party) => (
            <option key={party} value={party}>
              {whoseMoveLabel(party)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled label={t('filters.state')}>
        <select
          value={filters.state ?? ''}
          onChange={(event) => set('state', event.target.value)}
          className={control}
        >
          <option value="">{t('filters.all')}</option>
          {STATES.map((state) => (
            <option key={state} value={state}>
              {stateName(state)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled label={t('filters.openDuty')}>
        <select
          value={filters.openDuty ?? ''}
          onChange={(event) => set('openDuty', event.target.value)}
          className={control}
        >
          <option value="">{t('filters.all')}</option>
          {DUTIES.map((duty) => (
            <option key={duty} value={duty}>
              {dutyName(duty)}
            </option>
          ))}
        </select>
      </Labelled>
      {hasFilters(filters) && (
        <button
          type="button"
          onClick={() => setParams(new URLSearchParams(), { replace: true })}
          className="h-9 rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {t('filters.clear')}
        </button>
      )}
    </search>
  )
}
