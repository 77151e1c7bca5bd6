import { columnNotFound, invalidBody, keysMustMatch } from '../errors.ts'
import type { RestRequest } from '../parse/request.ts'
import type { Preferences } from '../parse/types.ts'
import type { InsertPlan, JsonRow, MutatePlan, UpdatePlan, WriteAction } from './plan-types.ts'
import { conditionsOf, planRead } from './read-plan.ts'
import type { Column, Relation, SchemaCache } from './schema-types.ts'

const atRoot = <T extends { path: string[] }>(items: T[]) => items.filter((item) => item.path.length === 0)

/**
 * The rows to change (root filters, order and limit), the change, and the select of the changed
 * rows (PostgREST's Plan.mutateReadPlan with MutatePlan).
 */
export function planMutate(cache: SchemaCache, relation: Relation, request: RestRequest): MutatePlan {
  const { method, preferences, query, payload } = request
  const scopeQuery = {
    ...query,
    select: [],
    logic: atRoot(query.logic),
    order: atRoot(query.order),
    limits: atRoot(query.limits),
    offsets: [],
  }
  const scopeNode = planRead(cache, relation, scopeQuery, atRoot(conditionsOf(query.filters)))
  const action: WriteAction =
    method === 'POST'
      ? planInsert(relation, payload, query.columns, query.onConflict, preferences)
      : method === 'PATCH'
        ? planUpdate(relation, payload, query.columns)
        : { kind: 'delete' }
  const select = preferences.return === 'headers-only' ? [{ kind: 'star' as const }] : query.select
  const returning = planRead(
    cache,
    relation,
    { ...query, select, logic: [], order: [], limits: [], offsets: [] },
    [],
  )
  const scope = { conditions: scopeNode.conditions, order: scopeNode.order, limit: scopeNode.limit }
  return { kind: 'mutate', relation, action, scope, returning, singular: request.singleObject }
}

function columnsOf(relation: Relation, names: string[]): Column[] {
  return names.map((name) => {
    const column = relation.columns.get(name)
    if (!column) throw columnNotFound(relation.name, name)
    return column
  })
}

/** Columns come from `columns`, else from the keys of the rows, which must then all agree. */
function bodyColumns(relation: Relation, rows: JsonRow[], columns: string[] | null): Column[] {
  if (columns) return columnsOf(relation, columns)
  const keys = Object.keys(rows[0] ?? {})
  for (const row of rows) {
    const rowKeys = Object.keys(row)
    if (rowKeys.length !== keys.length || rowKeys.some((key) => !keys.includes(key))) throw keysMustMatch()
  }
  return columnsOf(relation, keys)
}

const isRow = (value: unknown): value is JsonRow =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function planInsert(
  relation: Relation,
  body: unknown,
  columns: string[] | null,
  onConflict: string[] | null,
  preferences: Preferences,
): InsertPlan {
  // Like PostgREST, a scalar or null body inserts nothing; an array must hold objects only.
  const rows: unknown[] = Array.isArray(body) ? body : isRow(body) ? [body] : []
  if (!rows.every(isRow)) throw keysMustMatch()
  if (onConflict) columnsOf(relation, onConflict)
  const conflictTarget = onConflict ?? (relation.primaryKey.length ? relation.primaryKey : null)
  return {
    kind: 'insert',
    columns: bodyColumns(relation, rows, columns),
    rows,
    onConflict: preferences.resolution ? conflictTarget : null,
    resolution: preferences.resolution,
    missingDefault: preferences.missing === 'default',
  }
}

function planUpdate(relation: Relation, body: unknown, columns: string[] | null): UpdatePlan {
  if (!isRow(body)) throw invalidBody()
  return { kind: 'update', columns: bodyColumns(relation, [body], columns), row: body }
}
