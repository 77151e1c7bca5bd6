-- Administration: nobody changes their own role, only admins change staff, the audit log records
-- every change with its actor and is append-only, an archived client gets no new engagement, and a
-- deactivated account manager's open engagements go back to the managers.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(12);

-- The admin.
set local role authenticated;
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000001","role":"authenticated"}', true);
select throws_ok($$select public.update_staff_member('a0000000-0000-4000-8000-000000000001', 'manager')$$,
  'P0001', 'own_role', 'an admin does not change their own role');
update public.staff set role = 'manager' where user_id = 'a0000000-0000-4000-8000-000000000001';
select is((select role from public.staff where user_id = 'a0000000-0000-4000-8000-000000000001'), 'admin'::public.staff_role,
  'a direct update of one''s own role changes nothing');
update public.clients set contact_phone = '028 0000 0007' where id = 'c0000000-0000-4000-8000-000000000002';
select results_eq(
  $$select actor_name, before ->> 'contact_phone' is distinct from '028 0000 0007', after ->> 'contact_phone'
    from public.admin_audit_log where table_name = 'clients' and record_id = 'c0000000-0000-4000-8000-000000000002'
    order by id desc limit 1$$,
  $$values ('Phạm Quốc Bảo'::text, true, '028 0000 0007'::text)$$, 'the audit row names the admin, before and after');
select throws_ok($$update public.admin_audit_log set action = 'delete'$$, '42501', null, 'nobody updates the audit log');
select throws_ok($$delete from public.admin_audit_log$$, '42501', null, 'nobody deletes from the audit log');
update public.clients set archived_at = now() where id = 'c0000000-0000-4000-8000-000000000002';

-- The manager: reads the log, changes no staff member, creates nothing for an archived client.
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000002","role":"authenticated"}', true);
select ok((select count(*) from public.admin_audit_log) > 0, 'a manager reads the audit log');
select throws_ok($$select public.update_staff_member('a0000000-0000-4000-8000-000000000003', 'manager')$$,
  'P0001', 'not_admin', 'a manager changes no staff role');
select throws_ok($$select public.create_engagement('c0000000-0000-4000-8000-000000000002', 'Website mới')$$,
  'P0001', 'client_archived', 'an archived client gets no new engagement');

-- An, approver of Phương Đông: never their own row, never another company's.
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000005","role":"authenticated"}', true);
select is_empty($$select id from public.admin_audit_log$$, 'a client user reads no audit row');
select throws_ok($$select public.update_client_member('c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000007', active => false)$$,
  'P0001', 'not_client_admin', 'an approver changes nobody at another client');

-- The admin deactivates Minh: Sao Biển's open engagements lose their account manager.
select set_config('request.jwt.claims', '{"sub":"a0000000-0000-4000-8000-000000000001","role":"authenticated"}', true);
select public.update_staff_member('a0000000-0000-4000-8000-000000000004', active => false);
reset role;
select is((select count(*) from public.engagements
  where account_manager_id = 'a0000000-0000-4000-8000-000000000004' and state in ('active', 'on_hold')), 0::bigint,
  'a deactivated account manager has no open engagement left');
select ok((select count(*) from public.pending_actions p join public.engagements e on e.id = p.engagement_id
  where e.client_id = 'c0000000-0000-4000-8000-000000000002' and p.kind = 'assign_account_manager') > 0,
  'managers are asked to assign an account manager');

select * from finish();
rollback;
