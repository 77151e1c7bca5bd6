-- Intake and client milestones: a client's request goes to the client's default account manager
-- with its package and details; a client milestone is the client's to mark done, staff are refused
-- and nothing changes.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(7);

select is_empty($$
  select e.code from public.engagements e
  where e.step = 'implementation' and e.state = 'active' and not exists (
    select 1 from public.milestones m where m.engagement_id = e.id and m.responsible = 'client' and m.status = 'open')
$$, 'the seed''s active implementation engagements each have an open client milestone');

-- An, Phương Đông's approver, sends a request.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"a0000000-0000-4000-8000-000000000005"}', true);
set local role authenticated;
create temporary table created on commit drop as
select * from public.create_engagement('c0000000-0000-4000-8000-000000000001', 'Trang tuyển dụng',
  package_id => 'b0000000-0000-4000-8000-000000000001', details => 'Một trang đăng tin tuyển dụng.');
reset role;
select is((select account_manager_id from created), 'a0000000-0000-4000-8000-000000000003'::uuid,
  'a client''s request is its default account manager''s at once');
select is((select row(requested_package_id, request_details)::text from created),
  row('b0000000-0000-4000-8000-000000000001'::uuid, 'Một trang đăng tin tuyển dụng.')::text,
  'the request keeps its package and details in their own fields');
select is((select array_agg(a.kind) from public.pending_actions a where a.engagement_id = (select id from created)),
  array['review_request'], 'the account manager reviews it; no manager is needed');

-- Lan, the account manager, tries the client's milestone of TS-2026-0004.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"a0000000-0000-4000-8000-000000000003"}', true);
set local role authenticated;
select throws_ok($$ select public.mark_milestone_done('d2020000-0000-4000-8000-000000000104') $$,
  'P0001', 'milestone_for_client', 'staff are refused a client milestone');
reset role;
select is((select status::text from public.milestones where id = 'd2020000-0000-4000-8000-000000000104'), 'open',
  'the refused milestone is still open');

-- Bình, a member of the client, marks it done.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"a0000000-0000-4000-8000-000000000006"}', true);
set local role authenticated;
select is((select status::text from public.mark_milestone_done('d2020000-0000-4000-8000-000000000104')), 'done',
  'a member of the client marks its milestone done');
reset role;

select * from finish();
rollback;
