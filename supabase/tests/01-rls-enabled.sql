-- Row-level security is on for every table the API exposes, policies are written for signed-in
-- users only, and anon holds no privilege in public.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(19);

select is(
  array(select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity order by 1),
  '{}'::text[], 'every table in public has RLS enabled');

select ok((select c.relrowsecurity from pg_class c where c.oid = format('public.%I', t)::regclass), t || ' has RLS enabled')
from unnest(array['clients', 'client_members', 'staff', 'service_packages', 'engagements', 'engagement_events',
  'requirements', 'quotes', 'milestones', 'payments', 'documents', 'document_access_log', 'change_requests',
  'acceptances', 'warranty_claims']) as t;

select is(
  array(select format('%s: %s', p.tablename, p.policyname) from pg_policies p
        where p.schemaname = 'public' and p.roles <> '{authenticated}'::name[] order by 1),
  '{}'::text[], 'every policy in public is to authenticated');

select is(
  array(select format('%s %s', g.table_name, g.privilege_type) from information_schema.role_table_grants g
        where g.table_schema = 'public' and g.grantee in ('anon', 'PUBLIC') order by 1),
  '{}'::text[], 'anon holds no table privilege in public');

select is(
  array(select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and (has_function_privilege('anon', p.oid, 'execute')) order by 1),
  '{}'::text[], 'anon may execute no function in public');

select * from finish();
rollback;
