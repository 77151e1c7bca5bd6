import type { Column, DatabaseFunction, Relation, SchemaModel } from './introspect.ts'

/** Renders the schema as Supabase's generated `Database` type (the shape `supabase gen types` prints). */
const SCALARS: Record<string, string> = {
  bool: 'boolean', int2: 'number', int4: 'number', int8: 'number', float4: 'number', float8: 'number', numeric: 'number',
  oid: 'number', json: 'Json', jsonb: 'Json', void: 'undefined', record: 'Record<string, unknown>',
}
const STRINGS = new Set(['text', 'varchar', 'bpchar', 'char', 'name', 'uuid', 'date', 'time', 'timetz', 'timestamp',
  'timestamptz', 'interval', 'inet', 'cidr', 'bytea', 'citext', 'tsvector', 'daterange', 'tstzrange', 'int4range'])

export function renderDatabaseTypes(model: SchemaModel): string {
  const enumNames = new Set(model.enums.map((item) => item.name))
  const relationNames = new Set(model.relations.map((item) => item.name))
  const tsType = (type: string, isArray: boolean): string => {
    const base = enumNames.has(type)
      ? `Database['public']['Enums']['${type}']`
      : relationNames.has(type)
        ? `Database['public']['${kindKey(model, type)}']['${type}']['Row']`
        : (SCALARS[type] ?? (STRINGS.has(type) ? 'string' : 'unknown'))
    return isArray ? `${base}[]` : base
  }
  const columnType = (column: Column) => `${tsType(column.type, column.isArray)}${column.nullable ? ' | null' : ''}`
  const tables = model.relations.filter((relation) => relation.kind === 'table')
  const views = model.relations.filter((relation) => relation.kind === 'view')
  const lines = [
    '// Generated from the migrated database by `npm run gen:types`. Do not edit by hand.',
    '',
    'export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]',
    '',
    'export type Database = {',
    '  public: {',
    '    Tables: {',
    ...tables.flatMap((table) => renderTable(table, columnType)),
    '    }',
    '    Views: {',
    ...views.flatMap((view) => [
      `      ${view.name}: {`,
      `        Row: {`,
      ...view.columns.map((column) => `          ${column.name}: ${tsType(column.type, column.isArray)} | null`),
      '        }',
      `        Relationships: ${renderRelationships(view)}`,
      '      }',
    ]),
    '    }',
    '    Functions: {',
    ...groupByName(model.functions).flatMap(([name, overloads]) => [
      `      ${name}: ${overloads.map((fn) => renderFunction(fn, tsType)).join(' | ')}`,
    ]),
    '    }',
    '    Enums: {',
    ...model.enums.map((item) => `      ${item.name}: ${item.labels.map((label) => `'${label}'`).join(' | ')}`),
    '    }',
    '    CompositeTypes: {',
    '      [_ in never]: never',
    '    }',
    '  }',
    '}',
    '',
    "type PublicSchema = Database['public']",
    "export type Tables<Name extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][Name]['Row']",
    "export type TablesInsert<Name extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][Name]['Insert']",
    "export type TablesUpdate<Name extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][Name]['Update']",
    "export type Views<Name extends keyof PublicSchema['Views']> = PublicSchema['Views'][Name]['Row']",
    "export type Enums<Name extends keyof PublicSchema['Enums']> = PublicSchema['Enums'][Name]",
    '',
    'export const Constants = {',
    '  public: {',
    '    Enums: {',
    ...model.enums.map((item) => `      ${item.name}: [${item.labels.map((label) => `'${label}'`).join(', ')}],`),
    '    },',
    '  },',
    '} as const',
    '',
  ]
  return lines.join('\n')
}

function renderTable(table: Relation, columnType: (column: Column) => string): string[] {
  const field = (column: Column, optional: boolean, type: string) => `          ${column.name}${optional ? '?' : ''}: ${type}`
  return [
    `      ${table.name}: {`,
    '        Row: {',
    ...table.columns.map((column) => field(column, false, columnType(column))),
    '        }',
    '        Insert: {',
    ...table.columns.map((column) =>
      field(column, column.generated || column.nullable || column.hasDefault, column.generated ? 'never' : columnType(column))),
    '        }',
    '        Update: {',
    ...table.columns.map((column) => field(column, true, column.generated ? 'never' : columnType(column))),
    '        }',
    `        Relationships: ${renderRelationships(table)}`,
    '      }',
  ]
}

function renderRelationships(relation: Relation): string {
  if (relation.foreignKeys.length === 0) return '[]'
  const items = relation.foreignKeys.map((key) =>
    `{ foreignKeyName: '${key.name}'; columns: [${key.columns.map((c) => `'${c}'`).join(', ')}]; isOneToOne: ${key.oneToOne}; ` +
    `referencedRelation: '${key.referencedRelation}'; referencedColumns: [${key.referencedColumns.map((c) => `'${c}'`).join(', ')}] }`)
  return `[\n${items.map((item) => `          ${item},`).join('\n')}\n        ]`
}

function renderFunction(fn: DatabaseFunction, tsType: (type: string, isArray: boolean) => string): string {
  const args = fn.args.length === 0
    ? 'Record<PropertyKey, never>'
    : `{ ${fn.args.map((arg) => `${arg.name}${arg.hasDefault ? '?' : ''}: ${tsType(arg.type, arg.isArray)}`).join('; ')} }`
  const returned = fn.returns.type === 'record' && fn.returns.columns.length > 0
    ? `{ ${fn.returns.columns.map((column) => `${column.name}: ${tsType(column.type, column.isArray)}`).join('; ')} }`
    : tsType(fn.returns.type, fn.returns.isArray)
  return `{ Args: ${args}; Returns: ${returned}${fn.returns.setOf ? '[]' : ''} }`
}

function groupByName(functions: DatabaseFunction[]): [string, DatabaseFunction[]][] {
  const groups = new Map<string, DatabaseFunction[]>()
  for (const fn of functions) groups.set(fn.name, [...(groups.get(fn.name) ?? []), fn])
  return [...groups.entries()]
}

function kindKey(model: SchemaModel, name: string): 'Tables' | 'Views' {
  return model.relations.find((relation) => relation.name === name)?.kind === 'view' ? 'Views' : 'Tables'
}
