/**
 * The checks of Supabase's security and performance advisors that docs/quality.md holds the schema to,
 * each a query returning one `finding` line per problem.
 */
export interface Lint {
  name: string
  sql: string
}

const EXPOSED = `('public')`

export const LINTS: Lint[] = [
  {
    name: 'RLS enabled on every table in exposed schemas',
    sql: `select format('%I.%I', n.nspname, c.relname) as finding
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ${EXPOSED} and c.relkind in ('r', 'p') and not c.relrowsecurity`,
  },
  {
    name: 'no SECURITY DEFINER function in public without a fixed search_path',
    sql: `select p.oid::regprocedure::text as finding
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ${EXPOSED} and p.prosecdef
        and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) as setting where setting like 'search_path=%')`,
  },
  {
    name: 'no view in public that bypasses RLS (security_invoker)',
    sql: `select format('%I.%I', n.nspname, c.relname) as finding
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ${EXPOSED} and c.relkind in ('v', 'm')
        and not coalesce(c.reloptions && array['security_invoker=true', 'security_invoker=on', 'security_invoker=1'], false)`,
  },
  {
    name: 'auth functions and settings in policies are wrapped as (select ...), evaluated once per statement',
    sql: `select format('%I.%I: %s', p.schemaname, p.tablename, p.policyname) as finding
      from pg_policies p, lateral (select coalesce(p.qual, '') || ' ' || coalesce(p.with_check, '') as text) expr
      where p.schemaname in ${EXPOSED}
        and (regexp_count(expr.text, '(auth\\.(uid|jwt|role|email)\\(\\)|current_setting\\()')
             > regexp_count(expr.text, 'SELECT (auth\\.(uid|jwt|role|email)\\(\\)|current_setting\\()'))`,
  },
  {
    name: 'every foreign key has an index whose leading columns are its columns',
    sql: `select format('%s (%s)', c.conrelid::regclass, c.conname) as finding
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname in ${EXPOSED}
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid
            and (select array_agg(k order by k) from unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) as k)
                = (select array_agg(k order by k) from unnest(c.conkey) as k))`,
  },
  {
    name: 'anon holds no table or function privilege in public',
    sql: `select format('table %s: %s', g.table_name, g.privilege_type) as finding
      from information_schema.role_table_grants g
      where g.table_schema in ${EXPOSED} and g.grantee in ('anon', 'PUBLIC')
      union all
      select format('function %s', p.oid::regprocedure) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ${EXPOSED} and has_function_privilege('anon', p.oid, 'execute')`,
  },
  {
    name: 'policies are to authenticated',
    sql: `select format('%I.%I: %s (to %s)', p.schemaname, p.tablename, p.policyname, array_to_string(p.roles, ', ')) as finding
      from pg_policies p where p.schemaname in ${EXPOSED} and p.roles <> '{authenticated}'::name[]`,
  },
]
