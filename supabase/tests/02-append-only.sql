-- engagement_events and document_access_log are append-only for every role: the owner, the
-- service role and every signed-in user.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(20);

create temporary table counts on commit drop as
select (select count(*) from public.engagement_events) as events, (select count(*) from public.document_access_log) as log;
grant select on counts to public;

-- The owner (a superuser here) is stopped by the triggers.
select throws_ok($$update public.engagement_events set note = 'rewritten'$$, 'P0001', 'append_only', 'owner cannot update events');
select throws_ok($$delete from public.engagement_events$$, 'P0001', 'append_only', 'owner cannot delete events');
select throws_ok($$truncate public.engagement_events cascade$$, 'P0001', 'append_only', 'owner cannot truncate events');
select throws_ok($$update public.document_access_log set action = 'delete'$$, 'P0001', 'append_only', 'owner cannot update the access log');
select throws_ok($$delete from public.document_access_log$$, 'P0001', 'append_only', 'owner cannot delete the access log');
select throws_ok($$truncate public.document_access_log cascade$$, 'P0001', 'append_only', 'owner cannot truncate the access log');

-- The service role has no privilege to change history.
set local role service_role;
select set_config('request.jwt.claims', '{"role":"service_role"}', true);
select throws_ok($$update public.engagement_events set note = 'rewritten'$$, '42501', null, 'service_role cannot update events');
select throws_ok($$delete from public.engagement_events$$, '42501', null, 'service_role cannot delete events');
select throws_ok($$update public.document_access_log set action = 'delete'$$, '42501', null, 'service_role cannot update the access log');
select throws_ok($$delete from public.document_access_log$$, '42501', null, 'service_role cannot delete the access log');
reset role;

-- Signed-in users, admin and client alike.
set local role authenticated;
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000001","role":"authenticated"}', true);
select throws_ok($$update public.engagement_events set note = 'rewritten'$$, '42501', null, 'admin cannot update events');
select throws_ok($$delete from public.engagement_events$$, '42501', null, 'admin cannot delete events');
select throws_ok($$insert into public.engagement_events (engagement_id, kind) select id, 'forged' from public.engagements limit 1$$, '42501', null, 'admin cannot insert events directly');
select throws_ok($$update public.document_access_log set action = 'delete'$$, '42501', null, 'admin cannot update the access log');
select throws_ok($$delete from public.document_access_log$$, '42501', null, 'admin cannot delete the access log');
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000005","role":"authenticated"}', true);
select throws_ok($$update public.engagement_events set note = 'rewritten'$$, '42501', null, 'a client approver cannot update events');
select throws_ok($$delete from public.document_access_log$$, '42501', null, 'a client approver cannot delete the access log');
select throws_ok($$insert into public.document_access_log (document_id, engagement_id, visibility, action, storage_path) select id, engagement_id, visibility, 'signed_link', storage_path from public.documents limit 1$$, '42501', null, 'a client approver cannot forge an access log row');
reset role;

select is((select count(*) from public.engagement_events), (select events from counts), 'no event was added or removed');
select is((select count(*) from public.document_access_log), (select log from counts), 'no access log row was added or removed');

select * from finish();
rollback;
