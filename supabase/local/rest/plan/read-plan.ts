import { outputName } from '../parse/field.ts'
import { notEmbedded, spreadNotToOne, undefinedColumn, undefinedType } from '../errors.ts'
import type {
  Condition,
  Field,
  FilterValue,
  JsonStep,
  Operator,
  ParsedQuery,
  RawFilter,
  Scoped,
  SelectItem,
} from '../parse/types.ts'
import { findRelationship, type Relationship } from './relationships.ts'
import type { Column, Relation, SchemaCache } from './schema-types.ts'

export interface ColumnRef {
  column: Column
  jsonPath: JsonStep[]
}
export interface PlannedColumn {
  ref: ColumnRef
  name: string
  cast: string | null
}
export type PlannedCondition =
  | { kind: 'filter'; ref: ColumnRef; negated: boolean; operator: Operator; value: FilterValue }
  | { kind: 'logic'; operator: 'and' | 'or'; negated: boolean; conditions: PlannedCondition[] }
export interface PlannedOrder {
  ref: ColumnRef
  direction: 'asc' | 'desc' | null
  nulls: 'first' | 'last' | null
}
export interface EmbedNode {
  name: string
  relationship: Relationship
  inner: boolean
  spread: boolean
  node: ReadNode
}

/** One level of a read: a relation, what to output from it, and how to narrow and sort it. */
export interface ReadNode {
  relation: Relation
  columns: PlannedColumn[]
  embeds: EmbedNode[]
  conditions: PlannedCondition[]
  order: PlannedOrder[]
  limit: number | null
  offset: number | null
}

export function resolveField(relation: Relation, field: Field): ColumnRef {
  const column = relation.columns.get(field.name)
  if (!column) throw undefinedColumn(relation.name, field.name)
  return { column, jsonPath: field.jsonPath }
}

export function resolveCondition(relation: Relation, condition: Condition): PlannedCondition {
  if (condition.kind === 'logic')
    return {
      ...condition,
      conditions: condition.conditions.map((child) => resolveCondition(relation, child)),
    }
  return {
    kind: 'filter',
    ref: resolveField(relation, condition.field),
    negated: condition.negated,
    operator: condition.operator,
    value: condition.value,
  }
}

/** The root filters of a read; a filter that failed to parse is refused only now (it may be an RPC argument). */
export function conditionsOf(filters: RawFilter[]): Scoped<Condition>[] {
  return filters.map((filter) => {
    if (filter.condition instanceof Error) throw filter.condition
    return filter.condition
  })
}

/** Builds the tree of read nodes from the select list, then hangs scoped filters, order and ranges on it. */
export function planRead(
  cache: SchemaCache,
  relation: Relation,
  query: ParsedQuery,
  filters: Scoped<Condition>[],
): ReadNode {
  const root = planSelect(cache, relation, query.select)
  const nodeAt = (path: string[]): ReadNode => {
    let node = root
    for (const name of path) {
      const embed = node.embeds.find((candidate) => candidate.name === name)
      if (!embed) throw notEmbedded(name)
      node = embed.node
    }
    return node
  }
  for (const { path, value } of [...filters, ...query.logic])
    nodeAt(path).conditions.push(resolveCondition(nodeAt(path).relation, value))
  for (const { path, value } of query.order) {
    const node = nodeAt(path)
    node.order.push(
      ...value.map((term) => ({
        ref: resolveField(node.relation, term.field),
        direction: term.direction,
        nulls: term.nulls,
      })),
    )
  }
  for (const { path, value } of query.limits) nodeAt(path).limit = value
  for (const { path, value } of query.offsets) nodeAt(path).offset = value
  return root
}

function planSelect(cache: SchemaCache, relation: Relation, items: SelectItem[]): ReadNode {
  const node: ReadNode = {
    relation,
    columns: [],
    embeds: [],
    conditions: [],
    order: [],
    limit: null,
    offset: null,
  }
  for (const item of items) {
    if (item.kind === 'star') {
      for (const column of relation.columns.values())
        node.columns.push({ ref: { column, jsonPath: [] }, name: column.name, cast: null })
    } else if (item.kind === 'column') {
      const cast = item.cast === null ? null : cache.castTypes.get(item.cast.replace(/\[\]$/, ''))
      if (cast === undefined) throw undefinedType(item.cast ?? '')
      node.columns.push({
        ref: resolveField(relation, item.field),
        name: outputName(item.field, item.alias),
        cast: cast && item.cast?.endsWith('[]') ? `${cast}[]` : cast,
      })
    } else {
      const relationship = findRelationship(cache, relation, item.relation, item.hint)
      if (item.spread && relationship.kind !== 'to-one') throw spreadNotToOne(relation.name, item.relation)
      const child = planSelect(cache, relationship.target, item.select)
      node.embeds.push({
        name: item.alias ?? item.relation,
        relationship,
        inner: item.joinType === 'inner',
        spread: item.spread,
        node: child,
      })
    }
  }
  return node
}
