/** What the schema cache knows about the database, read once from pg_catalog. */

export interface Column {
  name: string
  /** format_type() output: safe to splice into SQL as a type name. */
  type: string
  /** pg_type.typcategory: 'A' array, 'S' string, 'N' numeric, 'U' user (json, tsvector)... */
  category: string
  nullable: boolean
  hasDefault: boolean
}

export interface Relation {
  schema: string
  name: string
  kind: 'table' | 'view' | 'function-result'
  columns: Map<string, Column>
  primaryKey: string[]
  uniqueKeys: string[][]
}

export interface ForeignKey {
  name: string
  from: { schema: string; table: string; columns: string[] }
  to: { schema: string; table: string; columns: string[] }
}

export interface RoutineParam {
  name: string
  type: string
  hasDefault: boolean
}

export type RoutineResult =
  { kind: 'scalar'; type: string; void: boolean } | { kind: 'rows'; relation: Relation }

export interface Routine {
  schema: string
  name: string
  params: RoutineParam[]
  volatility: 'immutable' | 'stable' | 'volatile'
  returnsSet: boolean
  result: RoutineResult
}

export interface SchemaCache {
  relations: Map<string, Relation>
  foreignKeys: ForeignKey[]
  routines: Map<string, Routine[]>
  /** Type names accepted in `::cast`, mapped to their quoted qualified form. */
  castTypes: Map<string, string>
}

export const qualifiedKey = (schema: string, name: string): string => `${schema}\u0000${name}`
