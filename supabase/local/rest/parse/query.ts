import { parseField } from './field.ts'
import { parseFilter, parseLogic } from './filter.ts'
import { parseOrder } from './order.ts'
import { queryParamError, queryTooLong } from '../errors.ts'
import { LIMITS } from './limits.ts'
import { parseSelect } from './select.ts'
import { splitTopLevel, unquote } from './split.ts'
import type { ParsedQuery, Scoped } from './types.ts'

const LOGIC_KEY = /^(not\.)?(and|or)$/

/** Reads the query string into a typed request; filters keep their raw text for RPC arguments. */
export function parseQuery(params: URLSearchParams): ParsedQuery {
  if (params.toString().length > LIMITS.queryLength) throw queryTooLong(LIMITS.queryLength)
  const query: ParsedQuery = {
    select: [{ kind: 'star' }],
    filters: [],
    logic: [],
    order: [],
    limits: [],
    offsets: [],
    columns: null,
    onConflict: null,
  }
  for (const [key, raw] of params) {
    if (key === 'select') query.select = parseSelect(raw)
    else if (key === 'columns') query.columns = nameList(raw, key)
    else if (key === 'on_conflict') query.onConflict = nameList(raw, key)
    else readScoped(query, key, raw)
  }
  return query
}

function readScoped(query: ParsedQuery, key: string, raw: string): void {
  const segments = key.split('.')
  const logicStart =
    segments.length >= 2 && segments.at(-2) === 'not' ? segments.length - 2 : segments.length - 1
  const logicKey = segments.slice(logicStart).join('.')
  const logic = LOGIC_KEY.exec(logicKey)
  if (logic) {
    const path = segments.slice(0, logicStart)
    query.logic.push({ path, value: parseLogic(logic[2] as 'and' | 'or', Boolean(logic[1]), raw) })
    return
  }
  const last = segments.at(-1)!
  const path = segments.slice(0, -1)
  if (last === 'order') query.order.push({ path, value: parseOrder(raw) })
  else if (last === 'limit' || last === 'offset') {
    const value = count(raw, key)
    // PostgREST ignores a limit or offset that is not a number.
    if (value !== null) (last === 'limit' ? query.limits : query.offsets).push({ path, value })
  } else query.filters.push({ key, raw, condition: scopedFilter(key, raw) })
}

function scopedFilter(key: string, raw: string): Scoped<ReturnType<typeof parseFilter>> | Error {
  try {
    const arrow = key.search(/->/)
    const head = arrow === -1 ? key : key.slice(0, arrow)
    const segments = head.split('.')
    const fieldText = segments.pop()! + (arrow === -1 ? '' : key.slice(arrow))
    const field = parseField(fieldText)
    if (!field)
      throw queryParamError(`"failed to parse filter (${key})" (line 1, column 1)`, 'expecting a column name')
    return { path: segments, value: parseFilter(field, raw) }
  } catch (error) {
    return error as Error
  }
}

function nameList(raw: string, key: string): string[] {
  const names = splitTopLevel(raw).map((name) => unquote(name.trim()))
  if (names.some((name) => name === ''))
    throw queryParamError(`"failed to parse ${key} parameter (${raw})" (line 1, column 1)`)
  return names
}

function count(raw: string, key: string): number | null {
  if (!/^\d+$/.test(raw)) return null
  // Any limit is cut to db-max-rows (PostgREST's RangeQuery.restrictRange), so only an offset can be too large.
  if (raw.length > 15 && key.endsWith('limit')) return Infinity
  if (raw.length > 15)
    throw queryParamError(
      `"failed to parse ${key} parameter (${raw})" (line 1, column 1)`,
      'the number is too large',
    )
  return Number(raw)
}
