-- One engagement walked through the seven steps by the personas the transition table names; at
-- every step the others are refused with the stable reason code, and refusals change nothing.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(40);

create function pg_temp.act_as(persona text) returns void language plpgsql as $$
begin
  perform set_config('role', 'none', true);
  perform set_config('tests.version', coalesce((select e.version::text from public.engagements e
    where e.id = nullif(current_setting('tests.engagement_id', true), '')::uuid), '0'), true);
  if persona = 'owner' then
    return;
  end if;
  perform set_config('request.jwt.claims', case persona
    when 'anon' then '{"role":"anon"}'
    else json_build_object('role', 'authenticated', 'sub', case persona
      when 'admin' then 'a0000000-0000-4000-8000-000000000001' when 'manager' then 'a0000000-0000-4000-8000-000000000002'
      when 'lan' then 'a0000000-0000-4000-8000-000000000003' when 'minh' then 'a0000000-0000-4000-8000-000000000004'
      when 'an' then 'a0000000-0000-4000-8000-000000000005' when 'binh' then 'a0000000-0000-4000-8000-000000000006'
      when 'chi' then 'a0000000-0000-4000-8000-000000000007' else '0f0f0f0f-0000-4000-8000-000000000000' end)::text
    end, true);
  perform set_config('role', case persona when 'anon' then 'anon' else 'authenticated' end, true);
end
$$;

create function pg_temp.sent_quote() returns setof public.quotes language sql as $$
  select q.* from public.quotes q
  where q.engagement_id = current_setting('tests.engagement_id')::uuid and q.status = 'sent'
$$;

-- move(to_step, note): the transition as the current persona with the version the owner last saw
-- and, for the move to payment, the sent quote the persona sees.
create function pg_temp.move(to_step text, note text default null) returns void language sql as $$
  select null::void from public.transition_engagement(current_setting('tests.engagement_id')::uuid,
    to_step::public.engagement_step, current_setting('tests.version')::int, note,
    (select q.id from pg_temp.sent_quote() q where to_step = 'payment'),
    (select q.version from pg_temp.sent_quote() q where to_step = 'payment'))
$$;

create function pg_temp.step() returns text language sql as $$
  select e.step::text from public.engagements e where e.id = current_setting('tests.engagement_id')::uuid
$$;

create function pg_temp.footprint() returns text language sql as $$
  select format('%s/%s/%s', e.step, e.version, (select count(*) from public.engagement_events v where v.engagement_id = e.id))
  from public.engagements e where e.id = current_setting('tests.engagement_id')::uuid
$$;

select pg_temp.act_as('lan');
select set_config('tests.engagement_id',
  (public.create_engagement('c0000000-0000-4000-8000-000000000001', 'Kiểm thử bảy bước')).id::text, true);

-- request -> agreement: the assigned AM or a manager.
select pg_temp.act_as('owner');
select set_config('tests.footprint', pg_temp.footprint(), true);
select pg_temp.act_as('an');
select throws_ok($$select pg_temp.move('agreement')$$, 'P0001', 'not_provider_actor', 'request: the approver cannot move');
select pg_temp.act_as('binh');
select throws_ok($$select pg_temp.move('agreement')$$, 'P0001', 'not_provider_actor', 'request: a member cannot move');
select pg_temp.act_as('minh');
select throws_ok($$select pg_temp.move('agreement')$$, 'P0001', 'engagement_not_found', 'request: another AM does not even see it');
select pg_temp.act_as('chi');
select throws_ok($$select pg_temp.move('agreement')$$, 'P0001', 'engagement_not_found', 'request: the other client does not see it');
select pg_temp.act_as('fresh');
select throws_ok($$select pg_temp.move('agreement')$$, 'P0001', 'engagement_not_found', 'request: a user with no role does not see it');
select pg_temp.act_as('anon');
select throws_ok($$select pg_temp.move('agreement')$$, '42501', null, 'request: anon may not call it');
select pg_temp.act_as('lan');
select throws_ok($$select pg_temp.move('payment')$$, 'P0001', 'invalid_transition', 'request: no skipping to payment');
select pg_temp.act_as('owner');
select is(pg_temp.footprint(), current_setting('tests.footprint'), 'request: the refusals changed nothing');
select pg_temp.act_as('lan');
select lives_ok($$select pg_temp.move('agreement')$$, 'request -> agreement by the assigned AM');

-- agreement -> payment: the approver, by accepting the sent quote.
select lives_ok($$select public.send_quote(current_setting('tests.engagement_id')::uuid, 'b0000000-0000-4000-8000-000000000001',
  15000000, 'Trang giới thiệu', '[{"title":"Thiết kế"},{"title":"Nội dung","responsible":"client"}]'::jsonb,
  '[{"label":"Đặt cọc","amount_vnd":5000000,"due_before_start":true},{"label":"Còn lại","amount_vnd":10000000,"due_before_start":false}]'::jsonb)$$,
  'agreement: the AM sends the quote');
select throws_ok($$select pg_temp.move('payment')$$, 'P0001', 'not_client_approver', 'agreement: the AM cannot accept for the client');
select pg_temp.act_as('manager');
select throws_ok($$select pg_temp.move('payment')$$, 'P0001', 'not_client_approver', 'agreement: a manager cannot accept for the client');
select pg_temp.act_as('binh');
select throws_ok($$select pg_temp.move('payment')$$, 'P0001', 'not_client_approver', 'agreement: a member cannot accept');
select pg_temp.act_as('chi');
select throws_ok($$select pg_temp.move('payment')$$, 'P0001', 'engagement_not_found', 'agreement: the other client''s approver does not see it');
select pg_temp.act_as('an');
select throws_ok($$select public.transition_engagement(current_setting('tests.engagement_id')::uuid, 'payment', current_setting('tests.version')::int - 1)$$,
  'P0001', 'version_conflict', 'agreement: a stale version is a conflict');
select lives_ok($$select pg_temp.move('payment')$$, 'agreement -> payment by the approver');
select pg_temp.act_as('owner');
select is((select (package_id, agreed_price_vnd, accepted_quote_id is not null)::text from public.engagements
  where id = current_setting('tests.engagement_id')::uuid), '(b0000000-0000-4000-8000-000000000001,15000000,t)',
  'accepting the quote fixed package and price');

-- payment -> implementation: provider, once the deposit is confirmed.
select pg_temp.act_as('an');
select throws_ok($$select pg_temp.move('implementation')$$, 'P0001', 'not_provider_actor', 'payment: the client cannot start the work');
select pg_temp.act_as('lan');
select throws_ok($$select pg_temp.move('implementation')$$, 'P0001', 'payments_not_confirmed', 'payment: not before the deposit is confirmed');
select pg_temp.act_as('binh');
select lives_ok($$select public.submit_payment_proof(p.id, null, 'Đã chuyển khoản') from public.payments p
  where p.engagement_id = current_setting('tests.engagement_id')::uuid and p.due_before_start$$, 'payment: a member submits proof');
select pg_temp.act_as('lan');
select lives_ok($$select public.confirm_payment(p.id) from public.payments p
  where p.engagement_id = current_setting('tests.engagement_id')::uuid and p.due_before_start$$, 'payment: the AM confirms it');
select pg_temp.act_as('manager');
select lives_ok($$select pg_temp.move('implementation')$$, 'payment -> implementation by a manager');

-- implementation -> completion: provider, every provider milestone done.
select pg_temp.act_as('lan');
select throws_ok($$select pg_temp.move('completion')$$, 'P0001', 'milestones_open', 'implementation: not with a provider milestone open');
select lives_ok($$select public.mark_milestone_done(m.id) from public.milestones m
  where m.engagement_id = current_setting('tests.engagement_id')::uuid and m.responsible = 'provider'$$, 'implementation: the AM finishes the milestones');
select pg_temp.act_as('binh');
select throws_ok($$select pg_temp.move('completion')$$, 'P0001', 'not_provider_actor', 'implementation: the client cannot declare it complete');
select pg_temp.act_as('admin');
select lives_ok($$select pg_temp.move('completion')$$, 'implementation -> completion by an admin');

-- completion -> acceptance: provider, with a shared deliverable.
select pg_temp.act_as('lan');
select throws_ok($$select pg_temp.move('acceptance')$$, 'P0001', 'deliverable_missing', 'completion: not without a shared deliverable');
select lives_ok($$select public.register_document_upload(current_setting('tests.engagement_id')::uuid, 'ban-giao.pdf', 'shared',
  'application/pdf', 1000, true)$$, 'completion: the AM shares the deliverable');
select throws_ok($$select pg_temp.move('acceptance')$$, 'P0001', 'licence_register_incomplete', 'completion: not before the licence register is complete');
select lives_ok($$select public.complete_licence_register(current_setting('tests.engagement_id')::uuid)$$, 'completion: the AM marks the licence register complete');
select pg_temp.act_as('an');
select throws_ok($$select pg_temp.move('acceptance')$$, 'P0001', 'not_provider_actor', 'completion: the client cannot hand over');
select pg_temp.act_as('lan');
select lives_ok($$select pg_temp.move('acceptance')$$, 'completion -> acceptance by the AM');

-- acceptance -> warranty (accept) or -> implementation (reject with a reason): the approver.
select pg_temp.act_as('manager');
select throws_ok($$select pg_temp.move('warranty')$$, 'P0001', 'not_client_approver', 'acceptance: a manager cannot accept for the client');
select pg_temp.act_as('binh');
select throws_ok($$select pg_temp.move('warranty')$$, 'P0001', 'not_client_approver', 'acceptance: a member cannot accept');
select pg_temp.act_as('an');
select throws_ok($$select pg_temp.move('implementation')$$, 'P0001', 'reason_required', 'acceptance: a rejection needs a reason');
select lives_ok($$select pg_temp.move('warranty')$$, 'acceptance -> warranty by the approver');
select pg_temp.act_as('owner');
select is((select warranty_ends_at = warranty_starts_at + interval '6 months' from public.engagements
  where id = current_setting('tests.engagement_id')::uuid), true, 'the warranty ends after the package''s 6 months');

-- warranty is the last step.
select pg_temp.act_as('manager');
select throws_ok($$select pg_temp.move('implementation')$$, 'P0001', 'invalid_transition', 'warranty: no step after it');
select pg_temp.act_as('owner');
select is((select count(*)::int from public.engagement_events where engagement_id = current_setting('tests.engagement_id')::uuid
  and kind = 'step_changed'), 6, 'six moves, six step events');
select is(pg_temp.step(), 'warranty', 'the engagement ends in warranty');

select * from finish();
rollback;
