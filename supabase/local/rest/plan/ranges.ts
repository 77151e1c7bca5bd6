import { invalidRange } from '../errors.ts'
import type { ParsedQuery } from '../parse/types.ts'
import type { ReadNode } from './read-plan.ts'

/** Rows `lower..upper` (0-based, inclusive), as PostgREST's RangeQuery models them; empty when lower > upper. */
export interface RowRange {
  lower: number
  upper: number
}

const ALL_ROWS: RowRange = { lower: 0, upper: Infinity }
/** `limit=0`: the one empty range PostgREST lets through (RangeQuery.limitZeroRange). */
const hasLimitZero = (range: RowRange) => range.upper === -1

/** `Range: 10-19` or `Range: 10-` (RangeQuery.rangeParse); anything else asks for every row. */
export function parseRangeHeader(header: string | string[] | undefined): RowRange {
  const match = typeof header === 'string' ? /^([0-9]+)-([0-9]*)$/.exec(header) : null
  if (!match) return ALL_ROWS
  return { lower: Number(match[1]), upper: match[2] ? Number(match[2]) : Infinity }
}

const intersect = (a: RowRange, b: RowRange): RowRange => ({
  lower: Math.max(a.lower, b.lower),
  upper: Math.min(a.upper, b.upper),
})

/** `limit` and `offset` of the top level as one range (QueryParams.ranges). */
function queryRange(query: ParsedQuery): RowRange | null {
  const limit = query.limits.find((item) => item.path.length === 0)?.value
  const offset = query.offsets.find((item) => item.path.length === 0)?.value
  if (limit === undefined && offset === undefined) return null
  const lower = offset ?? 0
  return { lower, upper: limit === undefined ? Infinity : lower + limit - 1 }
}

/**
 * The top level's rows: the Range header (GET only) intersected with limit/offset, as
 * PostgREST's ApiRequest.getRanges; an empty intersection is refused with 416.
 */
export function topLevelRange(query: ParsedQuery, header: RowRange): RowRange {
  const fromQuery = queryRange(query)
  if (fromQuery && hasLimitZero(fromQuery)) return fromQuery
  const range = intersect(header, fromQuery ?? ALL_ROWS)
  if (range.lower > range.upper) {
    const detail =
      header.lower > header.upper
        ? 'The lower boundary must be lower than or equal to the upper boundary in the Range header.'
        : 'Limit should be greater than or equal to zero.'
    throw invalidRange(detail)
  }
  return range
}

/** Puts a range on a node as SQL limit/offset. */
export function applyRange(node: ReadNode, range: RowRange): void {
  node.offset = range.lower === 0 && range.upper === Infinity ? null : range.lower
  node.limit = range.upper === Infinity ? null : range.upper - range.lower + 1
}

/**
 * db-max-rows on every level of a read, embedded resources included, keeping each offset and a
 * `limit=0` (PostgREST's Plan.treeRestrictRange with RangeQuery.restrictRange). Not for mutations.
 */
export function capRows(node: ReadNode, maxRows: number | null): void {
  const lower = node.offset ?? 0
  const upper = node.limit === null ? Infinity : lower + node.limit - 1
  applyRange(node, { lower, upper: maxRows === null ? upper : Math.min(upper, lower + maxRows - 1) })
  for (const embed of node.embeds) capRows(embed.node, maxRows)
}

/** The requested rows on the top level, then db-max-rows on every level: what a read returns. */
export function limitRead(
  node: ReadNode,
  query: ParsedQuery,
  header: RowRange,
  maxRows: number | null,
): RowRange {
  const range = topLevelRange(query, header)
  applyRange(node, range)
  capRows(node, maxRows)
  return range
}
