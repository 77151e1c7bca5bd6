-- Change capture for the local Realtime: every table of the publication supabase_realtime gets
-- a row trigger that NOTIFYs 'realtime_local_changes' with the table, the operation and the primary key
-- only (NOTIFY payloads must stay under 8000 bytes); the server re-reads each row as each
-- subscriber, so RLS decides what is delivered. Re-runnable.

create schema if not exists realtime;

-- The trigger's arguments are the table's primary key columns, fixed when it is attached.
create or replace function realtime.local_capture_change() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  key_columns text[] := tg_argv;
  change jsonb;
begin
  change := jsonb_build_object(
    'schema', tg_table_schema,
    'table', tg_table_name,
    'type', tg_op,
    'commit_timestamp', to_char(clock_timestamp() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
  if tg_op in ('INSERT', 'UPDATE') then
    change := change || jsonb_build_object('pk',
      (select jsonb_object_agg(key_column, to_jsonb(new) -> key_column) from unnest(key_columns) as key_column));
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    change := change || jsonb_build_object('old_pk',
      (select jsonb_object_agg(key_column, to_jsonb(old) -> key_column) from unnest(key_columns) as key_column));
  end if;
  if octet_length(change::text) < 7900 then
    perform pg_notify('realtime_local_changes', change::text);
  else
    raise warning 'realtime: primary key of %.% too large to announce', tg_table_schema, tg_table_name;
  end if;
  return null;
end
$$;
comment on function realtime.local_capture_change() is
  'Announces a row change of a published table (pk only); the local Realtime server re-reads the row per subscriber.';

-- Attaches the trigger to every published table with a primary key, and detaches it from tables
-- that left the publication. Returns the tables it watches.
create or replace function realtime.local_attach_capture() returns setof text
language plpgsql
set search_path = ''
as $$
declare
  published record;
  stale record;
  key_columns text;
begin
  for stale in
    select t.tgrelid::regclass as relation from pg_catalog.pg_trigger t
    where t.tgname = 'realtime_local_capture'
      and not exists (
        select from pg_catalog.pg_publication_tables p
        join pg_catalog.pg_class c on c.relname = p.tablename
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace and n.nspname = p.schemaname
        where p.pubname = 'supabase_realtime' and c.oid = t.tgrelid)
  loop
    execute format('drop trigger realtime_local_capture on %s', stale.relation);
  end loop;
  for published in
    select c.oid as relid, format('%I.%I', p.schemaname, p.tablename) as relation
    from pg_catalog.pg_publication_tables p
    join pg_catalog.pg_namespace n on n.nspname = p.schemaname
    join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = p.tablename and c.relkind = 'r'
    where p.pubname = 'supabase_realtime'
  loop
    select string_agg(quote_literal(a.attname), ', ' order by k.position) into key_columns
    from pg_catalog.pg_index i
    cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
    join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
    where i.indrelid = published.relid and i.indisprimary;
    if key_columns is null then
      raise warning 'realtime: % has no primary key; its changes are not announced', published.relation;
      continue;
    end if;
    execute format(
      'create or replace trigger realtime_local_capture after insert or update or delete on %s '
      'for each row execute function realtime.local_capture_change(%s)', published.relation, key_columns);
    return next published.relation;
  end loop;
end
$$;
comment on function realtime.local_attach_capture() is
  'Keeps the local Realtime capture trigger on exactly the tables of the publication supabase_realtime.';
