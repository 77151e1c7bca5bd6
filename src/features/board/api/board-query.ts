import type { Database } from '@/lib/database.types'
import type { Duty, EngagementState, Party } from '@/lib/workflow'

/** One card as `board_cards` returns it, with its column's count and VND total. */
export type BoardEngagement = Database['public']['Functions']['board_cards']['Returns'][number]

/** Cards per column per request; the database allows at most 100. */
export const BOARD_PAGE_SIZE = 50

/**
 * Work in progress. Finished engagements (cancelled, closed) outnumber it by far as years pass,
 * so the board asks for them only when its state filter names one.
 */
export const OPEN_STATES: readonly EngagementState[] = ['active', 'on_hold']

/** What the database filters the board by; the URL's filters, resolved. */
export type BoardQuery = {
  states: readonly EngagementState[]
  client: string | null
  accountManager: string | null
  whoseMove: Party | null
  openDuty: Duty | null
  search: string | null
}

/** The `board_cards` arguments for a query; unset filters are left out. */
export function boardArgs(query: BoardQuery) {
  return {
    states: [...query.states],
    ...(query.client ? { client_id: query.client } : {}),
    ...(query.accountManager ? { account_manager_id: query.accountManager } : {}),
    ...(query.whoseMove ? { whose_move: query.whoseMove } : {}),
    ...(query.openDuty ? { open_duty: query.openDuty } : {}),
    ...(query.search ? { search: query.search } : {}),
  }
}
