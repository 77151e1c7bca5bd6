import type { EmbedNode, ReadNode } from '../plan/read-plan.ts'
import type { Relationship } from '../plan/relationships.ts'
import { columnSql, conditionSql, orderSql } from './conditions.ts'
import { ident, qualified, type SqlParams } from './params.ts'

/** Names the aliases of one statement: t0 for the root, t1... for embedded levels. */
export class AliasCounter {
  private next = 0
  take(prefix: string): string {
    return `${prefix}${this.next++}`
  }
}

export interface SelectOptions {
  /** Only what decides which rows exist: no projection, no order, no page; only !inner embeds. */
  countOnly?: boolean
  extraConditions?: string[]
}

/** `select ... from <from> where ... order ... limit ...` for one node; embeds are lateral subqueries. */
export function selectSql(
  node: ReadNode,
  from: string,
  alias: string,
  params: SqlParams,
  aliases: AliasCounter,
  options: SelectOptions = {},
): string {
  const projection: string[] = []
  const joins: string[] = []
  const where = [...(options.extraConditions ?? [])]
  for (const column of options.countOnly ? [] : node.columns) {
    const value = columnSql(alias, column.ref, params)
    projection.push(`${column.cast ? `(${value})::${column.cast}` : value} as ${ident(column.name)}`)
  }
  for (const embed of node.embeds) {
    if (options.countOnly && !embed.inner) continue
    const embedAlias = aliases.take('pgrst_e')
    joins.push(` left join lateral (${embedSql(embed, alias, params, aliases)}) ${ident(embedAlias)} on true`)
    const value = `${ident(embedAlias)}."value"`
    if (embed.inner) where.push(`${value} is not null`)
    if (options.countOnly) continue
    if (embed.spread) {
      for (const name of outputNames(embed.node))
        projection.push(`(${value}->${params.add(name)}::text) as ${ident(name)}`)
    } else {
      projection.push(
        `${embed.relationship.kind === 'to-one' ? value : `coalesce(${value}, '[]')`} as ${ident(embed.name)}`,
      )
    }
  }
  for (const condition of node.conditions) where.push(conditionSql(alias, condition, params))
  let sql = `select ${projection.length ? projection.join(', ') : '1'} from ${from}${joins.join('')}`
  if (where.length) sql += ` where ${where.join(' and ')}`
  if (options.countOnly) return sql
  sql += orderSql(alias, node.order, params)
  if (node.limit !== null) sql += ` limit ${node.limit}`
  if (node.offset !== null) sql += ` offset ${node.offset}`
  return sql
}

function outputNames(node: ReadNode): string[] {
  return [
    ...node.columns.map((column) => column.name),
    ...node.embeds.flatMap((embed) => (embed.spread ? outputNames(embed.node) : [embed.name])),
  ]
}

/** One row with one "value": the embedded object (to-one) or array (to-many), null when nothing matched. */
function embedSql(embed: EmbedNode, parentAlias: string, params: SqlParams, aliases: AliasCounter): string {
  const alias = aliases.take('t')
  const target = embed.relationship.target
  const join = joinConditions(embed.relationship, parentAlias, alias, aliases)
  const rows = selectSql(
    embed.node,
    `${qualified(target.schema, target.name)} ${ident(alias)}`,
    alias,
    params,
    aliases,
    { extraConditions: join },
  )
  const aggregate = embed.relationship.kind === 'to-one' ? 'row_to_json("pgrst_r")' : 'json_agg("pgrst_r")'
  return `select ${aggregate} as "value" from (${rows}) "pgrst_r"`
}

const pairs = (left: string, leftColumns: string[], right: string, rightColumns: string[]) =>
  leftColumns.map(
    (column, i) => `${ident(left)}.${ident(column)} = ${ident(right)}.${ident(rightColumns[i]!)}`,
  )

function joinConditions(
  relationship: Relationship,
  parentAlias: string,
  alias: string,
  aliases: AliasCounter,
): string[] {
  if (relationship.kind !== 'many-to-many')
    return pairs(alias, relationship.targetColumns, parentAlias, relationship.parentColumns)
  const junctionAlias = aliases.take('pgrst_j')
  const { junction, toParent, toTarget } = relationship
  const matches = [
    ...pairs(junctionAlias, toParent.from.columns, parentAlias, toParent.to.columns),
    ...pairs(junctionAlias, toTarget.from.columns, alias, toTarget.to.columns),
  ]
  return [
    `exists (select 1 from ${qualified(junction.schema, junction.name)} ${ident(junctionAlias)} where ${matches.join(' and ')})`,
  ]
}

/** Wraps a node's rows into the response: the JSON body, the page size and, if asked, the total. */
export function responseSql(
  rowsSql: string,
  countSql: string | null,
  element = '"pgrst_t"',
  countLimit: number | null = null,
): string {
  const limited = countSql !== null && countLimit !== null ? `${countSql} limit ${countLimit}` : countSql
  const total = limited === null ? 'null::bigint' : `(select count(*) from (${limited}) "pgrst_c")`
  return `select coalesce(json_agg(${element}), '[]')::text as "body", count(*) as "page_total", ${total} as "total" from (${rowsSql}) "pgrst_t"`
}
