import { isParty, isState, type EngagementState, type Party } from '@/lib/workflow'

import type { BoardEngagement } from '../api/get-board'

/** The board's filters, kept in the URL so a filtered board can be shared and survives reload. */
export type BoardFilters = {
  client: string | null
  accountManager: string | null
  whoseMove: Party | null
  state: EngagementState | null
  search: string
}

const PARAM = {
  client: 'client',
  accountManager: 'am',
  whoseMove: 'move',
  state: 'state',
  search: 'q',
} as const

export function readFilters(params: URLSearchParams): BoardFilters {
  const whoseMove = params.get(PARAM.whoseMove)
  const state = params.get(PARAM.state)
  return {
    client: params.get(PARAM.client) || null,
    accountManager: params.get(PARAM.accountManager) || null,
    whoseMove: isParty(whoseMove) ? whoseMove : null,
    state: isState(state) ? state : null,
    search: params.get(PARAM.search) ?? '',
  }
}

/** The same URL with one filter changed; empty values leave the URL. */
export function withFilter(
  params: URLSearchParams,
  key: keyof BoardFilters,
  value: string | null,
): URLSearchParams {
  const next = new URLSearchParams(params)
  if (value) next.set(PARAM[key], value)
  else next.delete(PARAM[key])
  return next
}

export function hasFilters(filters: BoardFilters): boolean {
  return Boolean(
    filters.client || filters.accountManager || filters.whoseMove || filters.state || filters.search,
  )
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
}

/** Whether a card passes the filters; the search ignores case and Vietnamese accents. */
export function matchesFilters(filters: BoardFilters): (engagement: BoardEngagement) => boolean {
  const words = normalise(filters.search).split(/\s+/).filter(Boolean)
  return (engagement) => {
    if (filters.client && engagement.client_id !== filters.client) return false
    if (filters.accountManager && engagement.account_manager_id !== filters.accountManager) return false
    if (filters.whoseMove && engagement.whose_move !== filters.whoseMove) return false
    if (filters.state && engagement.state !== filters.state) return false
    if (words.length === 0) return true
    const text = normalise(
      `${engagement.code ?? ''} ${engagement.title ?? ''} ${engagement.client_name ?? ''} ${engagement.account_manager_name ?? ''}`,
    )
    return words.every((word) => text.includes(word))
  }
}

/** Distinct values for a filter's options, sorted by label. */
export function optionsOf(
  rows: BoardEngagement[],
  id: (row: BoardEngagement) => string | null,
  label: (row: BoardEngagement) => string | null,
): { value: string; label: string }[] {
  const seen = new Map<string, string>()
  for (const row of rows) {
    const value = id(row)
    if (value && !seen.has(value)) seen.set(value, label(row) ?? value)
  }
  return [...seen]
    .map(([value, text]) => ({ value, label: text }))
    .toSorted((a, b) => a.label.localeCompare(b.label, 'vi'))
}
