import { isDuty, isParty, isState, type Duty, type EngagementState, type Party } from '@/lib/workflow'

import { OPEN_STATES, type BoardQuery } from '../api/board-query'

/** The board's filters, kept in the URL so a filtered board can be shared and survives reload. */
export type BoardFilters = {
  client: string | null
  accountManager: string | null
  whoseMove: Party | null
  state: EngagementState | null
  /** Only engagements whose duties ledger has this duty open. */
  openDuty: Duty | null
  search: string
}

const PARAM = {
  client: 'client',
  accountManager: 'am',
  whoseMove: 'move',
  state: 'state',
  openDuty: 'duty',
  search: 'q',
} as const

export function readFilters(params: URLSearchParams): BoardFilters {
  const whoseMove = params.get(PARAM.whoseMove)
  const state = params.get(PARAM.state)
  const openDuty = params.get(PARAM.openDuty)
  return {
    client: params.get(PARAM.client) || null,
    accountManager: params.get(PARAM.accountManager) || null,
    whoseMove: isParty(whoseMove) ? whoseMove : null,
    state: isState(state) ? state : null,
    openDuty: isDuty(openDuty) ? openDuty : null,
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
    filters.client ||
    filters.accountManager ||
    filters.whoseMove ||
    filters.state ||
    filters.openDuty ||
    filters.search,
  )
}

/** The query the database filters the board by: finished states only when the filter names one. */
export function toBoardQuery(filters: BoardFilters): BoardQuery {
  return {
    states: filters.state ? [filters.state] : OPEN_STATES,
    client: filters.client,
    accountManager: filters.accountManager,
    whoseMove: filters.whoseMove,
    openDuty: filters.openDuty,
    search: filters.search.trim() || null,
  }
}
