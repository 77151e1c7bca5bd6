-- Warranty SLA: due times per priority, the clock paused while a claim waits on the client, the
-- queue's status, escalation, bulk assignment, and oversight reads refused to everyone but managers.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(24);

-- Personas: the manager, Lan (account manager of Phương Đông), Bình (Phương Đông member).
create temporary table persona (name text primary key, id uuid) on commit drop;
insert into persona values ('manager', 'a0000000-0000-4000-8000-000000000002'),
  ('lan', 'a0000000-0000-4000-8000-000000000003'), ('binh', 'a0000000-0000-4000-8000-000000000006');
grant select on persona to authenticated;
create or replace function pg_temp.act_as(who text) returns text language sql as $$
  select set_config('request.jwt.claims',
    json_build_object('sub', (select id from persona where name = who), 'role', 'authenticated')::text, true);
  select set_config('role', 'authenticated', true);
$$;

-- A claim per priority, opened by Bình on Phương Đông's warranty engagement.
select pg_temp.act_as('binh');
create temporary table claim (priority public.warranty_priority primary key, id uuid) on commit drop;
grant select, insert on claim to authenticated;
insert into claim select p, (public.open_warranty_claim('e0000000-0000-4000-8000-000000000107', 'SLA ' || p, 'Kiểm thử SLA')).id
  from unnest(enum_range(null::public.warranty_priority)) p;
reset role;

select pg_temp.act_as('manager');
select public.triage_warranty_claim(c.id, 'in_warranty', c.priority, 'a0000000-0000-4000-8000-000000000003') from claim c;
reset role;

select is((select response_due_at - opened_at from public.warranty_claims w join claim c using (id) where c.priority = 'critical'),
  interval '4 hours', 'critical: response within 4 hours');
select is((select resolution_due_at - opened_at from public.warranty_claims w join claim c using (id) where c.priority = 'critical'),
  interval '24 hours', 'critical: resolution within 24 hours');
select is((select response_due_at - opened_at from public.warranty_claims w join claim c using (id) where c.priority = 'high'),
  interval '8 hours', 'high: response within 8 hours');
select is((select resolution_due_at - opened_at from public.warranty_claims w join claim c using (id) where c.priority = 'high'),
  interval '3 days', 'high: resolution within 3 days');
select is((select response_due_at - opened_at from public.warranty_claims w join claim c using (id) where c.priority = 'normal'),
  interval '24 hours', 'normal: response within 24 hours');
select is((select resolution_due_at - opened_at from public.warranty_claims w join claim c using (id) where c.priority = 'normal'),
  interval '5 days', 'normal: resolution within 5 days');
select is((select response_due_at - opened_at from public.warranty_claims w join claim c using (id) where c.priority = 'low'),
  interval '72 hours', 'low: response within 72 hours');
select is((select resolution_due_at - opened_at from public.warranty_claims w join claim c using (id) where c.priority = 'low'),
  interval '10 days', 'low: resolution within 10 days');

-- Pause: the high claim has waited on the client for the last 3 hours (set back in time here).
select pg_temp.act_as('lan');
select public.request_claim_information((select id from claim where priority = 'high'), 'Gửi ảnh chụp màn hình?');
reset role;
update public.warranty_claims set waiting_on_client_since = now() - interval '3 hours'
  where id = (select id from claim where priority = 'high');

select pg_temp.act_as('manager');
select ok((select paused from public.warranty_queue() where id = (select id from claim where priority = 'high')),
  'a claim waiting on the client is shown as paused');
select is((select paused_seconds from public.warranty_queue() where id = (select id from claim where priority = 'high')),
  10800::bigint, 'the time paused so far is the client''s');
select is((select q.resolution_due_at - w.resolution_due_at from public.warranty_queue() q
           join public.warranty_claims w using (id) where q.id = (select id from claim where priority = 'high')),
  interval '3 hours', 'while paused, the due time moves with the clock');
reset role;

select pg_temp.act_as('binh');
select public.provide_claim_information((select id from claim where priority = 'high'), 'Đã gửi ảnh.');
reset role;
select is((select client_wait_seconds from public.warranty_claims where id = (select id from claim where priority = 'high')),
  10800::bigint, 'answering records the wait as the client''s');
select is((select resolution_due_at - opened_at from public.warranty_claims where id = (select id from claim where priority = 'high')),
  interval '3 days 3 hours', 'answering pushes the due times back by the wait');
select is((select response_due_at - opened_at from public.warranty_claims where id = (select id from claim where priority = 'high')),
  interval '11 hours', 'the response due time too');

-- Status as time passes: a claim opened long ago is breached; one near its deadline is at risk.
update public.warranty_claims set opened_at = now() - interval '25 hours',
  response_due_at = now() - interval '21 hours', resolution_due_at = now() - interval '1 hour'
  where id = (select id from claim where priority = 'critical');
update public.warranty_claims set resolution_due_at = now() + interval '1 day'
  where id = (select id from claim where priority = 'normal');
select pg_temp.act_as('manager');
select is((select sla_status from public.warranty_queue() where id = (select id from claim where priority = 'critical')),
  'breached', 'past its resolution due time, the claim is breached');
select is((select sla_status from public.warranty_queue() where id = (select id from claim where priority = 'normal')),
  'at_risk', 'in the last quarter of its window, the claim is at risk');
select is((select sla_status from public.warranty_queue() where id = (select id from claim where priority = 'low')),
  'on_track', 'a fresh low-priority claim is on track');
select ok((select bool_and(id in (select id from public.warranty_queue(breached_only => true)))
           from claim where priority = 'critical'), 'the breached-only filter keeps the breached claim');
select is((select id from public.warranty_queue() where id in (select id from claim) limit 1),
  (select id from claim where priority = 'critical'), 'the nearest deadline comes first');

-- Escalation: one level up, due times follow.
select public.escalate_warranty_claim((select id from claim where priority = 'low'), 'Khách hàng lớn');
select is((select resolution_due_at - opened_at from public.warranty_claims where id = (select id from claim where priority = 'low')),
  interval '5 days', 'escalating low to normal gives 5 days to resolve');
select throws_ok($$ select public.escalate_warranty_claim((select id from claim where priority = 'critical'), 'lại') $$,
  'P0001', 'claim_already_critical', 'a critical claim cannot be escalated further');

-- Bulk assignment: all or nothing.
select is((select count(*) from public.assign_warranty_claims(array(select id from claim where priority <> 'critical'),
  'a0000000-0000-4000-8000-000000000002')), 3::bigint, 'three claims assigned to the manager at once');
reset role;

-- Account managers and clients get a refusal, not figures.
select pg_temp.act_as('lan');
select throws_ok('select * from public.oversight_steps()', 'P0001', 'not_manager', 'an account manager cannot read the dashboard');
select throws_ok('select * from public.warranty_queue()', 'P0001', 'not_manager', 'an account manager cannot read the queue');
reset role;

select * from finish();
rollback;
