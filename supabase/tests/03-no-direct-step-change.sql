-- Nobody changes an engagement's step, version, state or warranty dates with a direct UPDATE: not
-- the owner, not the service role, not an admin, not even by opening the workflow functions' window.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(17);

create function pg_temp.act_as(persona text) returns void language plpgsql as $$
begin
  perform set_config('role', 'none', true);
  if persona = 'owner' then
    return;
  end if;
  perform set_config('request.jwt.claims', case persona
    when 'service_role' then '{"role":"service_role"}'
    else json_build_object('role', 'authenticated', 'sub', case persona
      when 'admin' then 'a0000000-0000-4000-8000-000000000001' when 'manager' then 'a0000000-0000-4000-8000-000000000002'
      when 'lan' then 'a0000000-0000-4000-8000-000000000003' when 'an' then 'a0000000-0000-4000-8000-000000000005' end)::text
    end, true);
  perform set_config('role', case persona when 'service_role' then 'service_role' else 'authenticated' end, true);
end
$$;

select pg_temp.act_as('lan');
select set_config('tests.engagement_id',
  (public.create_engagement('c0000000-0000-4000-8000-000000000001', 'Kiểm thử cập nhật trực tiếp')).id::text, true);
select pg_temp.act_as('owner');
create temporary table before_update on commit drop as
select step, state, version, warranty_ends_at from public.engagements where id = current_setting('tests.engagement_id')::uuid;

select throws_ok($$update public.engagements set step = 'warranty' where id = current_setting('tests.engagement_id')::uuid$$,
  'P0001', 'direct_update_forbidden', 'the owner cannot change step');
select throws_ok($$update public.engagements set version = 99 where id = current_setting('tests.engagement_id')::uuid$$,
  'P0001', 'direct_update_forbidden', 'the owner cannot change version');
select throws_ok($$update public.engagements set warranty_starts_at = now(), warranty_ends_at = now() + interval '10 years' where id = current_setting('tests.engagement_id')::uuid$$,
  'P0001', 'direct_update_forbidden', 'the owner cannot change the warranty dates');
select throws_ok($$update public.engagements set state = 'closed' where id = current_setting('tests.engagement_id')::uuid$$,
  'P0001', 'direct_update_forbidden', 'the owner cannot change state');

select pg_temp.act_as('service_role');
select throws_ok($$update public.engagements set step = 'warranty' where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'the service role cannot change step');
select throws_ok($$update public.engagements set version = 99 where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'the service role cannot change version');
select throws_ok($$update public.engagements set warranty_ends_at = now() where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'the service role cannot change the warranty end');
select throws_ok($$select set_config('tams.engagement_write', txid_current()::text, true); update public.engagements set step = 'warranty' where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'the service role cannot open the workflow window to change step');

select pg_temp.act_as('admin');
select throws_ok($$update public.engagements set step = 'warranty' where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'an admin cannot change step');
select throws_ok($$update public.engagements set version = 99 where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'an admin cannot change version');
select throws_ok($$select set_config('tams.engagement_write', txid_current()::text, true); update public.engagements set step = 'warranty' where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'an admin cannot open the workflow window to change step');
select throws_ok($$select private.begin_engagement_write()$$, '42501', null, 'an admin cannot call the window helper');

select pg_temp.act_as('lan');
select throws_ok($$update public.engagements set step = 'agreement' where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'the assigned account manager cannot change step');
select pg_temp.act_as('an');
select throws_ok($$update public.engagements set step = 'agreement' where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'the client approver cannot change step');
select throws_ok($$delete from public.engagements where id = current_setting('tests.engagement_id')::uuid$$,
  '42501', null, 'the client approver cannot delete the engagement');

select pg_temp.act_as('owner');
select is((select (step, state, version, warranty_ends_at)::text from public.engagements where id = current_setting('tests.engagement_id')::uuid),
  (select (step, state, version, warranty_ends_at)::text from before_update), 'the engagement is unchanged');
select is((select count(*)::int from public.engagement_events where engagement_id = current_setting('tests.engagement_id')::uuid),
  1, 'only the creation event exists');

select * from finish();
rollback;
