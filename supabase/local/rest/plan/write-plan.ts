import { ParseError } from '../parse/parse-error.ts'
import type { Preferences } from '../parse/types.ts'
import { PlanError } from './plan-error.ts'
import type { PlannedCondition, PlannedOrder } from './read-plan.ts'
import type { Column, Relation } from './schema-types.ts'

export type JsonRow = Record<string, unknown>

export interface InsertPlan {
  kind: 'insert'
  columns: Column[]
  rows: JsonRow[]
  onConflict: string[] | null
  resolution: Preferences['resolution']
  missingDefault: boolean
}
export interface UpdatePlan { kind: 'update'; columns: Column[]; row: JsonRow }
export interface DeletePlan { kind: 'delete' }
export type WriteAction = InsertPlan | UpdatePlan | DeletePlan

/** Which rows of the target an update or delete touches. */
export interface WriteScope { conditions: PlannedCondition[]; order: PlannedOrder[]; limit: number | null }

export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw new ParseError('Empty or invalid json', null, 'PGRST102')
  }
}

function columnsOf(relation: Relation, names: string[]): Column[] {
  return names.map((name) => {
    const column = relation.columns.get(name)
    if (!column) throw new PlanError(400, 'PGRST204', `Column '${name}' of relation '${relation.name}' does not exist`)
    return column
  })
}

/** Columns come from `columns`, else from the keys of the rows, which must then all agree. */
function bodyColumns(relation: Relation, rows: JsonRow[], columns: string[] | null): Column[] {
  if (columns) return columnsOf(relation, columns)
  const keys = Object.keys(rows[0] ?? {})
  for (const row of rows) {
    const rowKeys = Object.keys(row)
    if (rowKeys.length !== keys.length || rowKeys.some((key) => !keys.includes(key))) throw new ParseError('All object keys must match', null, 'PGRST102')
  }
  return columnsOf(relation, keys)
}

const isRow = (value: unknown): value is JsonRow => typeof value === 'object' && value !== null && !Array.isArray(value)

export function planInsert(relation: Relation, body: unknown, columns: string[] | null, onConflict: string[] | null, preferences: Preferences): InsertPlan {
  // Like PostgREST, a scalar or null body inserts nothing; an array must hold objects only.
  const rows = Array.isArray(body) ? body : isRow(body) ? [body] : []
  if (!rows.every(isRow)) throw new ParseError('All object keys must match', null, 'PGRST102')
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

export function planUpdate(relation: Relation, body: unknown, columns: string[] | null): UpdatePlan {
  if (!isRow(body)) throw new ParseError('Empty or invalid json', null, 'PGRST102')
  return { kind: 'update', columns: bodyColumns(relation, [body], columns), row: body }
}
