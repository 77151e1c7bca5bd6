import type { RowValues } from './capture.ts'

/** A postgres_changes row filter, `column=op.value`, with the operators Supabase Realtime supports. */
export type FilterOperator = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte' | 'in'

export interface RowFilter {
  column: string
  operator: FilterOperator
  values: string[]
}

const OPERATORS = new Set<string>(['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in'])
const NUMERIC_TYPES = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric', 'oid'])

export type FilterVerdict = { ok: true; filter: RowFilter | null } | { ok: false; message: string }

export function parseRowFilter(text: string | undefined): FilterVerdict {
  if (text === undefined || text === '') return { ok: true, filter: null }
  const match = /^([^=]+)=([a-z]+)\.(.*)$/s.exec(text)
  if (!match || !OPERATORS.has(match[2]!))
    return {
      ok: false,
      message: `invalid filter "${text}": expected column=op.value with op one of eq, neq, lt, lte, gt, gte, in`,
    }
  const [, column, operator, value] = match as unknown as [string, string, FilterOperator, string]
  if (operator !== 'in') return { ok: true, filter: { column: column.trim(), operator, values: [value] } }
  const list = /^\((.*)\)$/s.exec(value)
  if (!list) return { ok: false, message: `invalid filter "${text}": in expects a list like in.(a,b)` }
  const values = list[1]!.split(',').map((item) => item.trim().replace(/^"(.*)"$/s, '$1'))
  return { ok: true, filter: { column: column.trim(), operator, values } }
}

/**
 * Whether a row passes the filter. A column missing from the row (a DELETE carries its key only)
 * never matches, as on Supabase. Numbers compare as numbers, everything else as text.
 */
export function rowPassesFilter(
  filter: RowFilter | null,
  row: RowValues,
  columnTypes: Map<string, string>,
): boolean {
  if (!filter) return true
  if (!(filter.column in row)) return false
  const cell = row[filter.column]
  if (cell === null || cell === undefined) return false
  const numeric = NUMERIC_TYPES.has(columnTypes.get(filter.column) ?? '')
  const compare = (expected: string): number => {
    if (numeric) return Number(cell) - Number(expected)
    const actual = typeof cell === 'string' ? cell : JSON.stringify(cell)
    return actual === expected ? 0 : actual < expected ? -1 : 1
  }
  const [first = ''] = filter.values
  switch (filter.operator) {
    case 'eq':
      return compare(first) === 0
    case 'neq':
      return compare(first) !== 0
    case 'lt':
      return compare(first) < 0
    case 'lte':
      return compare(first) <= 0
    case 'gt':
      return compare(first) > 0
    case 'gte':
      return compare(first) >= 0
    case 'in':
      return filter.values.some((value) => compare(value) === 0)
  }
}
