import type { Tx } from '../../supabase/local/engine/types.ts'

/** What the generated types need to know about a schema, read from pg_catalog. */
export interface Column {
  name: string
  type: string
  isArray: boolean
  nullable: boolean
  hasDefault: boolean
  generated: boolean
}
export interface Relation {
  name: string
  kind: 'table' | 'view'
  columns: Column[]
  foreignKeys: { name: string; columns: string[]; referencedRelation: string; referencedColumns: string[]; oneToOne: boolean }[]
}
export interface FunctionArg {
  name: string
  type: string
  isArray: boolean
  hasDefault: boolean
}
export interface DatabaseFunction {
  name: string
  args: FunctionArg[]
  returns: { type: string; isArray: boolean; setOf: boolean; columns: { name: string; type: string; isArray: boolean }[] }
}
export interface SchemaModel {
  enums: { name: string; labels: string[] }[]
  relations: Relation[]
  functions: DatabaseFunction[]
}

const queries = {
  enums: `select t.typname as name, array_agg(e.enumlabel order by e.enumsortorder)::text[] as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = $1 group by t.typname order by t.typname`,
  columns: `select c.relname as relation, case when c.relkind in ('v', 'm') then 'view' else 'table' end as kind,
      a.attname as name, coalesce(elem.typname, t.typname) as type, elem.oid is not null as is_array,
      not a.attnotnull as nullable, (a.atthasdef or a.attidentity <> '') as has_default, a.attgenerated <> '' as generated
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    join pg_type t on t.oid = a.atttypid left join pg_type elem on elem.oid = t.typelem and t.typcategory = 'A'
    where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm') order by c.relname, a.attnum`,
  foreignKeys: `select con.conname as name, src.relname as relation, dst.relname as referenced_relation,
      array(select attname from unnest(con.conkey) with ordinality k(num, i) join pg_attribute on attrelid = con.conrelid and attnum = k.num order by i)::text[] as columns,
      array(select attname from unnest(con.confkey) with ordinality k(num, i) join pg_attribute on attrelid = con.confrelid and attnum = k.num order by i)::text[] as referenced_columns,
      exists (select from pg_index ix where ix.indrelid = con.conrelid and ix.indisunique and (ix.indkey::int2[])::int2[] @> con.conkey and array_length(con.conkey, 1) = ix.indnatts) as one_to_one
    from pg_constraint con join pg_class src on src.oid = con.conrelid join pg_class dst on dst.oid = con.confrelid
    join pg_namespace n on n.oid = src.relnamespace
    where con.contype = 'f' and n.nspname = $1 and dst.relnamespace = src.relnamespace order by src.relname, con.conname`,
  functions: `select p.proname as name, p.proretset as set_of, p.pronargs as arg_count, p.pronargdefaults as default_count,
      coalesce(p.proargnames, '{}')::text[] as arg_names, coalesce(p.proargmodes, '{}')::text[] as arg_modes,
      array(select coalesce(elem.typname, t.typname) || case when elem.oid is null then '' else '[]' end
        from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality a(oid, i)
        join pg_type t on t.oid = a.oid left join pg_type elem on elem.oid = t.typelem and t.typcategory = 'A' order by i)::text[] as arg_types,
      coalesce(relt.typname, rt.typname) as return_type, relt.oid is not null as returns_array
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_type rt on rt.oid = p.prorettype
    left join pg_type relt on relt.oid = rt.typelem and rt.typcategory = 'A'
    where n.nspname = $1 and p.prokind = 'f' and rt.typname not in ('trigger', 'event_trigger')
    order by p.proname, p.oid`,
}

type Row = Record<string, unknown>

export async function introspect(tx: Tx, schema = 'public'): Promise<SchemaModel> {
  const enums = (await tx.query<{ name: string; labels: string[] }>(queries.enums, [schema])).rows
  const relations = new Map<string, Relation>()
  for (const row of (await tx.query<Row>(queries.columns, [schema])).rows) {
    const name = row.relation as string
    const relation = relations.get(name) ?? { name, kind: row.kind as Relation['kind'], columns: [], foreignKeys: [] }
    relation.columns.push({
      name: row.name as string, type: row.type as string, isArray: row.is_array as boolean,
      nullable: row.nullable as boolean, hasDefault: row.has_default as boolean, generated: row.generated as boolean,
    })
    relations.set(name, relation)
  }
  for (const row of (await tx.query<Row>(queries.foreignKeys, [schema])).rows) {
    relations.get(row.relation as string)?.foreignKeys.push({
      name: row.name as string, columns: row.columns as string[], referencedRelation: row.referenced_relation as string,
      referencedColumns: row.referenced_columns as string[], oneToOne: row.one_to_one as boolean,
    })
  }
  const functions = (await tx.query<Row>(queries.functions, [schema])).rows.map(toFunction)
  return { enums, relations: [...relations.values()], functions }
}

function toFunction(row: Row): DatabaseFunction {
  const types = row.arg_types as string[]
  const modes = row.arg_modes as string[]
  const names = row.arg_names as string[]
  const inputs: FunctionArg[] = []
  const outputs: { name: string; type: string; isArray: boolean }[] = []
  types.forEach((raw, index) => {
    const mode = modes[index] ?? 'i'
    const type = { type: raw.replace(/\[\]$/, ''), isArray: raw.endsWith('[]') }
    if (mode === 'i' || mode === 'b' || mode === 'v') inputs.push({ name: names[index] ?? `arg${index}`, ...type, hasDefault: false })
    if (mode === 't' || mode === 'o' || mode === 'b') outputs.push({ name: names[index] ?? `column${index}`, ...type })
  })
  const defaults = row.default_count as number
  inputs.forEach((arg, index) => (arg.hasDefault = index >= inputs.length - defaults))
  return {
    name: row.name as string,
    args: inputs,
    returns: { type: row.return_type as string, isArray: row.returns_array as boolean, setOf: row.set_of as boolean, columns: outputs },
  }
}
