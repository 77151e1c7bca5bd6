import type { ApiResponse } from '../http/types.ts'
import type { Preferences } from './parse/types.ts'
import type { RowRange } from './plan/ranges.ts'

/** What the statement returns: the JSON body built by Postgres, the page size and the total, if counted. */
export interface Outcome {
  body: string | null
  pageTotal: number
  total: number | null
}

/** A planned request, ready to run in one transaction and to be turned into a response. */
export interface Prepared {
  sql: string
  params: unknown[]
  /**
   * count=planned or count=estimated: the count query to EXPLAIN, when the planner's estimate is
   * wanted for this counted total, and how the two combine.
   */
  plannedCount?: { sql: string; params: unknown[]; wanted(total: number | null): boolean; combine(total: number | null, planned: number): number }
  /** Runs inside the transaction: throwing here rolls the request back (e.g. `.single()` on writes). */
  check?(outcome: Outcome): void
  respond(outcome: Outcome): ApiResponse
}

export interface RequestShape {
  method: string
  schema: string
  preferences: Preferences
  /** `Accept: application/vnd.pgrst.object+json`: exactly one row, sent as an object. */
  singleObject: boolean
  /** The Range header of a GET (every row otherwise). */
  range: RowRange
  /** `[api] max_rows` (PostgREST's db-max-rows): the most rows a read returns per level; null for no cap. */
  maxRows: number | null
}
