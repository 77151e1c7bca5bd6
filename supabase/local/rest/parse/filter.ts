import { parseField } from './field.ts'
import { queryParamError } from '../errors.ts'
import { splitTopLevel, unquote } from './split.ts'
import {
  OPERATORS,
  type Condition,
  type Field,
  type Filter,
  type FilterValue,
  type Operator,
} from './types.ts'

const operatorSet = new Set<string>(OPERATORS)
const quantifiable = new Set(['eq', 'like', 'ilike', 'gt', 'gte', 'lt', 'lte', 'match', 'imatch'])
const textSearch = new Set(['fts', 'plfts', 'phfts', 'wfts'])
const isValues = new Set(['null', 'not_null', 'true', 'false', 'unknown'])

const filterError = (raw: string, details: string) =>
  queryParamError(`"failed to parse filter (${raw})" (line 1, column 1)`, details)

/** `not.in.(1,"a,b")` on a field -> a typed filter. */
export function parseFilter(field: Field, raw: string): Filter {
  let rest = raw
  const negated = rest.startsWith('not.')
  if (negated) rest = rest.slice(4)
  const match = /^([a-z]+)(?:\(([^)]*)\))?\.([\s\S]*)$/.exec(rest)
  if (!match || !operatorSet.has(match[1]!))
    throw filterError(raw, 'expecting "not" or operator (eq, gt, ...)')
  const operator = match[1] as Operator
  const modifier = match[2]
  const text = match[3]!
  return { kind: 'filter', field, negated, operator, value: parseValue(operator, modifier, text, raw) }
}

function parseValue(
  operator: Operator,
  modifier: string | undefined,
  text: string,
  raw: string,
): FilterValue {
  if (textSearch.has(operator)) return { kind: 'text-search', config: modifier?.trim() || null, query: text }
  if (modifier !== undefined) {
    if ((modifier !== 'any' && modifier !== 'all') || !quantifiable.has(operator))
      throw filterError(raw, `unexpected modifier (${modifier})`)
    return { kind: 'quantified', quantifier: modifier, values: listItems(text, '{', '}', raw) }
  }
  if (operator === 'in') return { kind: 'list', values: listItems(text, '(', ')', raw) }
  if (operator === 'is' && !isValues.has(text.toLowerCase()))
    throw filterError(raw, 'expecting null, not_null, true, false or unknown')
  return { kind: 'single', value: operator === 'is' ? text.toLowerCase() : text }
}

function listItems(text: string, open: string, close: string, raw: string): string[] {
  if (!text.startsWith(open) || !text.endsWith(close)) throw filterError(raw, `expecting "${open}"`)
  const inner = text.slice(1, -1)
  if (inner.trim() === '') return []
  return splitTopLevel(inner).map((item) => unquote(item.trim()))
}

/** The inside of `or=(a.eq.1,and(b.gt.2,c.is.null))`. */
export function parseLogic(operator: 'and' | 'or', negated: boolean, raw: string): Condition {
  const failure = () =>
    queryParamError(
      `"failed to parse logic tree (${raw})" (line 1, column 1)`,
      'expecting a list of conditions',
    )
  if (!raw.startsWith('(') || !raw.endsWith(')')) throw failure()
  const conditions = splitTopLevel(raw.slice(1, -1)).map((item): Condition => {
    const logic = /^(not\.)?(and|or)(\([\s\S]*\))$/.exec(item.trim())
    if (logic) return parseLogic(logic[2] as 'and' | 'or', Boolean(logic[1]), logic[3]!)
    const dot = item.indexOf('.')
    const field = dot > 0 ? parseField(item.slice(0, dot)) : null
    if (!field) throw failure()
    return parseFilter(field, item.slice(dot + 1))
  })
  if (conditions.length === 0) throw failure()
  return { kind: 'logic', operator, negated, conditions }
}
