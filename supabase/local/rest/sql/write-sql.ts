import type { InsertPlan, UpdatePlan, WriteAction, WriteScope } from '../plan/plan-types.ts'
import type { Relation } from '../plan/schema-types.ts'
import { conditionSql, orderSql } from './conditions.ts'
import { ident, qualified, type SqlParams } from './params.ts'

const ALIAS = 't0'

/** The data-changing statement; `returning` is `"t0".*` when rows are sent back, else `1`. */
export function writeSql(
  relation: Relation,
  action: WriteAction,
  scope: WriteScope,
  params: SqlParams,
  fullRows: boolean,
): string {
  const table = `${qualified(relation.schema, relation.name)} as ${ident(ALIAS)}`
  // xmax is 0 on a freshly inserted row version: tells an upsert's inserts from its updates.
  const inserted = action.kind === 'insert' ? `, ${ident(ALIAS)}.xmax = '0'::xid as "pgrst_inserted"` : ''
  const returning = ` returning ${fullRows ? `${ident(ALIAS)}.*` : '1'}${inserted}`
  if (action.kind === 'insert')
    return `insert into ${table}${insertBody(relation, action, params)}${returning}`
  const where = scopeSql(relation, scope, params)
  if (action.kind === 'delete') return `delete from ${table}${where}${returning}`
  return `update ${table}${updateBody(relation, action, params)}${where}${returning}`
}

function insertBody(relation: Relation, plan: InsertPlan, params: SqlParams): string {
  const rowType = qualified(relation.schema, relation.name)
  const names = plan.columns.map((column) => ident(column.name))
  let body: string
  if (plan.columns.length === 0) {
    body =
      plan.rows.length === 1
        ? ' default values'
        : ` select from json_array_elements(${params.add(JSON.stringify(plan.rows))}::json)`
  } else if (plan.missingDefault) {
    const tuples = plan.rows.map((row) => {
      const record = `json_populate_record(null::${rowType}, ${params.add(JSON.stringify(row))}::json)`
      return `(${plan.columns.map((column) => (column.name in row ? `(${record}).${ident(column.name)}` : 'default')).join(', ')})`
    })
    body = ` (${names.join(', ')}) values ${tuples.join(', ')}`
  } else {
    const source = `json_populate_recordset(null::${rowType}, ${params.add(JSON.stringify(plan.rows))}::json)`
    body = ` (${names.join(', ')}) select ${names.join(', ')} from ${source}`
  }
  if (!plan.onConflict) return body
  const target = ` on conflict (${plan.onConflict.map(ident).join(', ')})`
  const updates = plan.columns.map((column) => `${ident(column.name)} = excluded.${ident(column.name)}`)
  if (plan.resolution === 'ignore-duplicates' || updates.length === 0) return `${body}${target} do nothing`
  return `${body}${target} do update set ${updates.join(', ')}`
}

function updateBody(relation: Relation, plan: UpdatePlan, params: SqlParams): string {
  const rowType = qualified(relation.schema, relation.name)
  const sets = plan.columns.map((column) => `${ident(column.name)} = "pgrst_body".${ident(column.name)}`)
  return ` set ${sets.join(', ')} from (select * from json_populate_record(null::${rowType}, ${params.add(JSON.stringify(plan.row))}::json)) "pgrst_body"`
}

/** Filters, and for a limited update/delete the ctid of the first rows in the requested order. */
function scopeSql(relation: Relation, scope: WriteScope, params: SqlParams): string {
  const conditions = scope.conditions.map((condition) => conditionSql(ALIAS, condition, params))
  if (scope.limit !== null) {
    const inner = scope.conditions.map((condition) => conditionSql('pgrst_l', condition, params))
    const where = inner.length ? ` where ${inner.join(' and ')}` : ''
    const order = orderSql('pgrst_l', scope.order, params)
    conditions.push(
      `${ident(ALIAS)}.ctid = any(array(select "pgrst_l".ctid from ${qualified(relation.schema, relation.name)} "pgrst_l"${where}${order} limit ${scope.limit}))`,
    )
  }
  return conditions.length ? ` where ${conditions.join(' and ')}` : ''
}
