import type { Preferences } from '../parse/types.ts'
import type { PlannedCondition, PlannedOrder, ReadNode } from './read-plan.ts'
import type { Column, Relation, Routine } from './schema-types.ts'

/** What the request asks of the database, checked against the schema cache (PostgREST's Plan.Types). */
export type ActionPlan = ReadPlan | MutatePlan | CallPlan

/** GET and HEAD on a table or view (Plan.wrappedReadPlan). */
export interface ReadPlan {
  kind: 'read'
  node: ReadNode
  /** The first row of the page, for Content-Range. */
  offset: number
  singular: boolean
}

/** POST (insert, upsert), PATCH and DELETE; rows come back through a read of the changed rows (Plan.mutateReadPlan). */
export interface MutatePlan {
  kind: 'mutate'
  relation: Relation
  action: WriteAction
  scope: WriteScope
  /** The select of the changed rows, sent back with `return=representation`. */
  returning: ReadNode
  singular: boolean
}

/** POST /rpc/fn with JSON arguments, or GET/HEAD with arguments in the query string (Plan.callReadPlan). */
export interface CallPlan {
  kind: 'call'
  routine: Routine
  args: Record<string, unknown>
  wholeBody: boolean
  /** A scalar routine answers its one value; the others are read like a table. */
  result:
    | { kind: 'scalar'; void: boolean }
    | { kind: 'rows'; node: ReadNode; offset: number; column: string | null }
  singular: boolean
}

export type JsonRow = Record<string, unknown>

export interface InsertPlan {
  kind: 'insert'
  columns: Column[]
  rows: JsonRow[]
  onConflict: string[] | null
  resolution: Preferences['resolution']
  missingDefault: boolean
}
export interface UpdatePlan {
  kind: 'update'
  columns: Column[]
  row: JsonRow
}
export interface DeletePlan {
  kind: 'delete'
}
export type WriteAction = InsertPlan | UpdatePlan | DeletePlan

/** Which rows of the target an update or delete touches. */
export interface WriteScope {
  conditions: PlannedCondition[]
  order: PlannedOrder[]
  limit: number | null
}
