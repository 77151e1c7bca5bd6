import type { Engine, Tx } from '../../engine/types.ts'
import {
  CAST_TYPES_SQL,
  CONSTRAINTS_SQL,
  RELATIONS_SQL,
  ROUTINES_SQL,
  VIEW_COLUMNS_SQL,
} from './schema-queries.ts'
import {
  qualifiedKey,
  type Column,
  type ForeignKey,
  type Relation,
  type Routine,
  type SchemaCache,
} from './schema-types.ts'

interface RelationRow {
  schema: string
  name: string
  kind: string
  columns: Column[]
}
interface ConstraintRow {
  name: string
  type: 'p' | 'u' | 'f'
  schema: string
  table: string
  columns: string[]
  refSchema: string | null
  refTable: string | null
  refColumns: string[] | null
}
interface ViewColumnRow {
  viewSchema: string
  view: string
  schema: string
  table: string
  column: string
}
interface RoutineRow {
  schema: string
  name: string
  volatility: 'i' | 's' | 'v'
  returnsSet: boolean
  returnType: string
  returnTypeKind: string
  returnSchema: string | null
  returnRelation: string | null
  defaults: number
  argNames: string[]
  argModes: string[]
  argTypes: string[]
}

const TYPE_ALIASES: Record<string, string> = {
  int: 'int4',
  integer: 'int4',
  smallint: 'int2',
  bigint: 'int8',
  boolean: 'bool',
  real: 'float4',
  float: 'float8',
  'double precision': 'float8',
  decimal: 'numeric',
  'character varying': 'varchar',
  character: 'bpchar',
  char: 'bpchar',
  timestamp: 'timestamp',
  'timestamp with time zone': 'timestamptz',
  'time with time zone': 'timetz',
}

const caches = new WeakMap<Engine, Promise<SchemaCache>>()

/** The schema cache of an engine, read at first use. */
export function schemaCache(engine: Engine): Promise<SchemaCache> {
  let cache = caches.get(engine)
  if (!cache) {
    cache = engine.transaction((tx) => loadSchemaCache(tx), { readOnly: true })
    cache.catch(() => caches.delete(engine))
    caches.set(engine, cache)
  }
  return cache
}

/** Forgets the cache so the next request reads pg_catalog again (after migrations). */
export function forgetSchemaCache(engine: Engine): void {
  caches.delete(engine)
}

async function documentOf<T>(tx: Tx, sql: string): Promise<T> {
  const { rows } = await tx.query<{ doc: string }>(sql)
  return JSON.parse(rows[0]!.doc) as T
}

export async function loadSchemaCache(tx: Tx): Promise<SchemaCache> {
  const relations = new Map<string, Relation>()
  for (const row of await documentOf<RelationRow[]>(tx, RELATIONS_SQL)) {
    const kind =
      row.kind === 'v' || row.kind === 'm' ? 'view' : row.kind === 'c' ? 'function-result' : 'table'
    const columns = new Map(row.columns.map((column) => [column.name, column]))
    relations.set(qualifiedKey(row.schema, row.name), {
      schema: row.schema,
      name: row.name,
      kind,
      columns,
      primaryKey: [],
      uniqueKeys: [],
    })
  }
  const foreignKeys: ForeignKey[] = []
  for (const row of await documentOf<ConstraintRow[]>(tx, CONSTRAINTS_SQL)) {
    const relation = relations.get(qualifiedKey(row.schema, row.table))
    if (row.type === 'p' && relation) relation.primaryKey = row.columns
    if (row.type !== 'f' && relation) relation.uniqueKeys.push(row.columns)
    if (row.type === 'f' && row.refSchema && row.refTable && row.refColumns) {
      foreignKeys.push({
        name: row.name,
        from: { schema: row.schema, table: row.table, columns: row.columns },
        to: { schema: row.refSchema, table: row.refTable, columns: row.refColumns },
      })
    }
  }
  foreignKeys.push(
    ...viewForeignKeys(foreignKeys, relations, await documentOf<ViewColumnRow[]>(tx, VIEW_COLUMNS_SQL)),
  )
  const routines = new Map<string, Routine[]>()
  for (const row of await documentOf<RoutineRow[]>(tx, ROUTINES_SQL)) {
    const routine = toRoutine(row, relations)
    const key = qualifiedKey(row.schema, row.name)
    routines.set(key, [...(routines.get(key) ?? []), routine])
  }
  const castTypes = new Map<string, string>()
  for (const name of await documentOf<string[]>(tx, CAST_TYPES_SQL))
    castTypes.set(name, `"pg_catalog"."${name}"`)
  for (const [alias, name] of Object.entries(TYPE_ALIASES))
    if (castTypes.has(name)) castTypes.set(alias, castTypes.get(name)!)
  return { relations, foreignKeys, routines, castTypes }
}

/** A view column named like the base column it reads carries that column's foreign keys. */
function viewForeignKeys(
  tableKeys: ForeignKey[],
  relations: Map<string, Relation>,
  usages: ViewColumnRow[],
): ForeignKey[] {
  const derived: ForeignKey[] = []
  const viewsOf = (schema: string, table: string, columns: string[]) => {
    const views = new Map<string, { schema: string; table: string }>()
    for (const usage of usages) {
      if (usage.schema !== schema || usage.table !== table) continue
      const view = relations.get(qualifiedKey(usage.viewSchema, usage.view))
      if (
        view &&
        columns.every(
          (column) =>
            view.columns.has(column) &&
            usages.some(
              (u) =>
                u.viewSchema === usage.viewSchema &&
                u.view === usage.view &&
                u.schema === schema &&
                u.table === table &&
                u.column === column,
            ),
        )
      ) {
        views.set(usage.viewSchema + '.' + usage.view, { schema: usage.viewSchema, table: usage.view })
      }
    }
    return [{ schema, table }, ...views.values()]
  }
  for (const key of tableKeys) {
    for (const from of viewsOf(key.from.schema, key.from.table, key.from.columns)) {
      for (const to of viewsOf(key.to.schema, key.to.table, key.to.columns)) {
        if (
          from.table === key.from.table &&
          from.schema === key.from.schema &&
          to.table === key.to.table &&
          to.schema === key.to.schema
        )
          continue
        derived.push({
          name: key.name,
          from: { ...from, columns: key.from.columns },
          to: { ...to, columns: key.to.columns },
        })
      }
    }
  }
  return derived
}

function toRoutine(row: RoutineRow, relations: Map<string, Relation>): Routine {
  const modes = row.argModes.length ? row.argModes : row.argTypes.map(() => 'i')
  const inputs = row.argTypes
    .map((type, i) => ({ name: row.argNames[i] ?? '', type, mode: modes[i]! }))
    .filter((arg) => ['i', 'b', 'v'].includes(arg.mode))
  const outputs = row.argTypes
    .map((type, i) => ({ name: row.argNames[i] ?? '', type, mode: modes[i]! }))
    .filter((arg) => ['o', 'b', 't'].includes(arg.mode))
  const params = inputs.map((arg, i) => ({
    name: arg.name,
    type: arg.type,
    hasDefault: i >= inputs.length - row.defaults,
  }))
  const volatility = row.volatility === 'i' ? 'immutable' : row.volatility === 's' ? 'stable' : 'volatile'
  const base = { schema: row.schema, name: row.name, params, volatility, returnsSet: row.returnsSet } as const
  const returned =
    row.returnSchema && row.returnRelation
      ? relations.get(qualifiedKey(row.returnSchema, row.returnRelation))
      : undefined
  if (returned) return { ...base, result: { kind: 'rows', relation: returned } }
  if (outputs.length > 0 && row.returnType === 'record') {
    const columns = new Map<string, Column>(
      outputs.map((out) => [
        out.name,
        { name: out.name, type: out.type, category: '', nullable: true, hasDefault: false },
      ]),
    )
    return {
      ...base,
      result: {
        kind: 'rows',
        relation: {
          schema: row.schema,
          name: row.name,
          kind: 'function-result',
          columns,
          primaryKey: [],
          uniqueKeys: [],
        },
      },
    }
  }
  return { ...base, result: { kind: 'scalar', type: row.returnType, void: row.returnType === 'void' } }
}
