-- The provider's people as each side sees them: staff rows for staff only, a client user's account
-- managers through account_manager_contacts (name and email), client members for managers, the
-- account managers of the client's engagements and the client's own users.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(14);

-- Lan, account manager of Phương Đông.
set local role authenticated;
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000003","role":"authenticated"}', true);
select is((select count(*) from public.staff), 4::bigint, 'an account manager sees every staff row');
select is((select count(*) from public.account_manager_contacts), 0::bigint, 'an account manager has no contacts');
select set_eq($$select distinct client_id from public.client_members$$,
  array['c0000000-0000-4000-8000-000000000001'::uuid], 'an account manager sees the members of their clients only');
select is((select account_manager_name from public.engagement_board where id = 'e0000000-0000-4000-8000-000000000101'),
  'Nguyễn Thị Lan', 'an account manager reads the name on their board');

-- The manager.
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000002","role":"authenticated"}', true);
select is((select count(distinct client_id) from public.client_members), 2::bigint, 'a manager sees the members of every client');

-- An, approver of Phương Đông.
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000005","role":"authenticated"}', true);
select is((select count(*) from public.staff), 0::bigint, 'a client user sees no staff row');
select is_empty($$select role, full_name, email from public.staff where user_id = (select auth.uid())$$,
  'a client user reading their own staff row gets none');
select results_eq($$select user_id, full_name, email from public.account_manager_contacts$$,
  $$values ('a0000000-0000-4000-8000-000000000003'::uuid, 'Nguyễn Thị Lan'::text, 'lan.am@tams.test'::text)$$,
  'a client user''s contacts are the name and email of their account manager');
select is((select account_manager_name from public.engagement_board where id = 'e0000000-0000-4000-8000-000000000101'),
  'Nguyễn Thị Lan', 'a client user reads their account manager''s name on their engagement');
select set_eq($$select distinct client_id from public.client_members$$,
  array['c0000000-0000-4000-8000-000000000001'::uuid], 'a client user sees their colleagues only');
select throws_ok($$select phone from public.staff$$, '42501', null, 'no API user reads staff phone numbers');

-- Chi, approver of Sao Biển.
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000007","role":"authenticated"}', true);
select results_eq($$select email from public.account_manager_contacts$$, $$values ('minh.am@tams.test'::text)$$,
  'another client sees only their own account manager');

-- A user without a role.
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-0000000000ff","role":"authenticated"}', true);
select is_empty($$select * from public.account_manager_contacts$$, 'a user without a role has no contacts');
select is_empty($$select client_id from public.client_members$$, 'a user without a role sees no client member');

select * from finish();
rollback;
