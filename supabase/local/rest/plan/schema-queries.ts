/** Catalog queries of the schema cache; each returns one JSON document to keep the loader simple. */

const systemSchemas = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg_temp%' and n.nspname not like 'pg_toast_temp%'`

export const RELATIONS_SQL = `
select coalesce(json_agg(r), '[]')::text as doc from (
  select n.nspname as schema, c.relname as name, c.relkind as kind,
    (select coalesce(json_agg(json_build_object(
        'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'category', t.typcategory,
        'nullable', not a.attnotnull, 'hasDefault', a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') order by a.attnum), '[]')
      from pg_attribute a join pg_type t on t.oid = a.atttypid
      where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'v', 'm', 'f', 'p', 'c') and ${systemSchemas}) r`

const columnNames = (keys: string, relation: string) =>
  `array(select a.attname from unnest(${keys}) with ordinality k(num, pos)
     join pg_attribute a on a.attrelid = ${relation} and a.attnum = k.num order by k.pos)`

export const CONSTRAINTS_SQL = `
select coalesce(json_agg(k), '[]')::text as doc from (
  select con.conname as name, con.contype as type, n.nspname as schema, c.relname as table,
    ${columnNames('con.conkey', 'con.conrelid')} as columns,
    fn.nspname as "refSchema", fc.relname as "refTable",
    case when con.contype = 'f' then ${columnNames('con.confkey', 'con.confrelid')} end as "refColumns"
  from pg_constraint con
  join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
  left join pg_class fc on fc.oid = con.confrelid left join pg_namespace fn on fn.oid = fc.relnamespace
  where con.contype in ('p', 'u', 'f') and ${systemSchemas}) k`

/** Which base-table columns each view column reads, to carry foreign keys over to views. */
export const VIEW_COLUMNS_SQL = `
select coalesce(json_agg(v), '[]')::text as doc from (
  select distinct vn.nspname as "viewSchema", vc.relname as "view", tn.nspname as schema, tc.relname as table, a.attname as column
  from pg_depend d
  join pg_rewrite r on r.oid = d.objid
  join pg_class vc on vc.oid = r.ev_class and vc.relkind in ('v', 'm')
  join pg_namespace vn on vn.oid = vc.relnamespace
  join pg_class tc on tc.oid = d.refobjid and tc.oid <> vc.oid
  join pg_namespace tn on tn.oid = tc.relnamespace
  join pg_attribute a on a.attrelid = tc.oid and a.attnum = d.refobjsubid
  where d.classid = 'pg_rewrite'::regclass and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0
    and vn.nspname not in ('pg_catalog', 'information_schema')) v`

export const ROUTINES_SQL = `
select coalesce(json_agg(f), '[]')::text as doc from (
  select n.nspname as schema, p.proname as name, p.provolatile as volatility, p.proretset as "returnsSet",
    format_type(p.prorettype, null) as "returnType", rt.typtype as "returnTypeKind",
    rn.nspname as "returnSchema", rc.relname as "returnRelation", p.pronargdefaults as "defaults",
    coalesce(p.proargnames, '{}') as "argNames", coalesce(p.proargmodes::text[], '{}') as "argModes",
    array(select format_type(x, null) from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality u(x, i) order by i) as "argTypes"
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
  join pg_type rt on rt.oid = p.prorettype
  left join pg_class rc on rc.oid = rt.typrelid left join pg_namespace rn on rn.oid = rc.relnamespace
  where p.prokind = 'f' and ${systemSchemas}) f`

export const CAST_TYPES_SQL = `
select coalesce(json_agg(t.typname), '[]')::text as doc from pg_type t
where t.typnamespace = 'pg_catalog'::regnamespace and t.typtype in ('b', 'r', 'm', 'p') and t.typname not like '\\_%'`
