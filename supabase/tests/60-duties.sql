-- The duties ledger follows its evidence inside the transaction that changes it, and a licence
-- ending within the warranty is a pending action of the account manager.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(12);

create function pg_temp.act_as(sub text) returns void language plpgsql as $$
begin
  perform set_config('role', 'none', true);
  if sub is null then
    return;
  end if;
  perform set_config('request.jwt.claims', json_build_object('role', 'authenticated', 'sub', sub)::text, true);
  perform set_config('role', 'authenticated', true);
end
$$;

create function pg_temp.duty(engagement_id uuid, duty text) returns text language sql as $$
  select d.status from public.engagement_duties d where d.engagement_id = duty.engagement_id and d.duty = duty.duty
$$;

select has_view('public', 'engagement_duties', 'the view engagement_duties exists');
select columns_are('public', 'engagement_duties', array['engagement_id', 'duty', 'status', 'evidence'],
  'engagement_duties has the contract''s columns');
select is_empty($$
  select e.code from public.engagements e
  where (select count(*) from public.engagement_duties d where d.engagement_id = e.id) <> 13
     or exists (select 1 from public.engagement_duties d where d.engagement_id = e.id
                and d.status not in ('met', 'open', 'not_applicable'))
$$, 'every engagement has thirteen duties, each met, open or not_applicable');

-- Lan, in the same transaction: P5 of Phương Đông's completion turns met once every required item is
-- done and received; P7 once the register is marked complete.
select pg_temp.act_as('a0000000-0000-4000-8000-000000000003');
select is(pg_temp.duty('e0000000-0000-4000-8000-000000000105', 'P5'), 'open', 'P5 is open while the training is to give');
select lives_ok($$select public.complete_handover_item('d9030000-0000-4000-8000-000000000105', null, current_date,
  'Anh An, chị Bình', 60)$$, 'Lan records the training');
select is(pg_temp.duty('e0000000-0000-4000-8000-000000000105', 'P5'), 'open', 'P5 stays open until the client confirms');
select pg_temp.act_as('a0000000-0000-4000-8000-000000000006');
select lives_ok($$select public.confirm_handover_item(h.id) from public.handover_items h
  where h.engagement_id = 'e0000000-0000-4000-8000-000000000105'$$, 'Bình confirms both items received');
select is(pg_temp.duty('e0000000-0000-4000-8000-000000000105', 'P5'), 'met', 'P5 is met in the same transaction');
select pg_temp.act_as('a0000000-0000-4000-8000-000000000003');
select lives_ok($$select public.complete_licence_register('e0000000-0000-4000-8000-000000000105')$$,
  'Lan marks the licence register complete');
select is(pg_temp.duty('e0000000-0000-4000-8000-000000000105', 'P7'), 'met', 'P7 is met in the same transaction');

-- The Sao Biển theme ends in 30 days, before the 3 months of warranty: Minh renews it.
select pg_temp.act_as(null);
select results_eq($$
  select a.kind, a.subject_id, a.actor, a.actor_id from private.duty_pending_actions_of('e0000000-0000-4000-8000-000000000205') a
$$, $$
  values ('renew_licence', 'da020000-0000-4000-8000-000000000205'::uuid, 'account_manager',
          'a0000000-0000-4000-8000-000000000004'::uuid)
$$, 'a licence ending within the warranty is the account manager''s action');
select is_empty($$
  select 1 from private.duty_pending_actions_of('e0000000-0000-4000-8000-000000000105')
$$, 'a licence without an end date is no action');

select * from finish();
rollback;
