import type { ColumnRef, PlannedCondition, PlannedOrder } from '../plan/read-plan.ts'
import { arrayLiteral, ident, type SqlParams } from './params.ts'

const COMPARISONS: Record<string, string> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
  match: '~',
  imatch: '~*',
  isdistinct: 'is distinct from',
  cs: '@>',
  cd: '<@',
  ov: '&&',
  sl: '<<',
  sr: '>>',
  nxl: '&>',
  nxr: '&<',
  adj: '-|-',
}
const TEXT_SEARCH: Record<string, string> = {
  fts: 'to_tsquery',
  plfts: 'plainto_tsquery',
  phfts: 'phraseto_tsquery',
  wfts: 'websearch_to_tsquery',
}
const IS_VALUES: Record<string, string> = {
  null: 'null',
  not_null: 'not null',
  true: 'true',
  false: 'false',
  unknown: 'unknown',
}

/** A column, followed along its JSON path; keys are parameters, array indexes plain integers. */
export function columnSql(alias: string, ref: ColumnRef, params: SqlParams): string {
  let sql = `${ident(alias)}.${ident(ref.column.name)}`
  for (const step of ref.jsonPath) {
    const key = /^-?\d{1,9}$/.test(step.key) ? step.key : `${params.add(step.key)}::text`
    sql = `(${sql}${step.arrow}${key})`
  }
  return sql
}

const likePattern = (operator: string, value: string) =>
  operator === 'like' || operator === 'ilike' ? value.replace(/\*/g, '%') : value

export function conditionSql(alias: string, condition: PlannedCondition, params: SqlParams): string {
  if (condition.kind === 'logic') {
    const joined = condition.conditions
      .map((child) => conditionSql(alias, child, params))
      .join(` ${condition.operator} `)
    return condition.negated ? `not (${joined})` : `(${joined})`
  }
  const column = columnSql(alias, condition.ref, params)
  const { operator, value } = condition
  let sql: string
  if (value.kind === 'text-search') {
    const config = value.config === null ? '' : `${params.add(value.config)}::regconfig, `
    sql = `${column} @@ ${TEXT_SEARCH[operator]}(${config}${params.add(value.query)})`
  } else if (value.kind === 'list') {
    sql = `${column} = any(${params.add(arrayLiteral(value.values))})`
  } else if (value.kind === 'quantified') {
    const patterns = value.values.map((item) => likePattern(operator, item))
    sql = `${column} ${COMPARISONS[operator]} ${value.quantifier}(${params.add(arrayLiteral(patterns))})`
  } else if (operator === 'is') {
    sql = `${column} is ${IS_VALUES[value.value]}`
  } else {
    sql = `${column} ${COMPARISONS[operator]} ${params.add(likePattern(operator, value.value))}`
  }
  return condition.negated ? `not (${sql})` : sql
}

export function orderSql(alias: string, order: PlannedOrder[], params: SqlParams): string {
  if (order.length === 0) return ''
  const terms = order.map((term) => {
    const direction = term.direction ? ` ${term.direction}` : ''
    const nulls = term.nulls ? ` nulls ${term.nulls}` : ''
    return `${columnSql(alias, term.ref, params)}${direction}${nulls}`
  })
  return ` order by ${terms.join(', ')}`
}
