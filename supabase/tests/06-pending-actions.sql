-- The pending actions of the seed: whose move is the side of the open actions, only active
-- engagements have any, approver-only decisions say so, and a client reads only their own.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(7);

select has_view('public', 'pending_actions', 'the view pending_actions exists');
select columns_are('public', 'pending_actions',
  array['engagement_id', 'kind', 'subject_id', 'side', 'actor', 'actor_id', 'since', 'due_at', 'note', 'blocking',
        'engagement_code', 'engagement_title', 'subject_title', 'amount_vnd', 'payment_kind', 'payment_label_code'],
  'pending_actions has the contract''s columns, and names what each action is about');

select is_empty($$
  select e.code from public.engagements e
  where e.whose_move::text <> case
    when e.state <> 'active' then 'none'
    when exists (select 1 from public.pending_actions a where a.engagement_id = e.id and a.side = 'client')
         and not exists (select 1 from public.pending_actions a where a.engagement_id = e.id and a.side = 'provider' and a.blocking)
      then 'client'
    when exists (select 1 from public.pending_actions a where a.engagement_id = e.id and a.side = 'provider') then 'provider'
    else 'none' end
$$, 'every engagement''s whose_move is the side of its open actions');

select is_empty($$
  select a.kind from public.pending_actions a join public.engagements e on e.id = a.engagement_id where e.state <> 'active'
$$, 'only active engagements have actions');

select is_empty($$
  select a.kind from public.pending_actions a
  where a.kind in ('decide_quote', 'decide_change_request', 'decide_acceptance') and a.actor <> 'client_approver'
$$, 'approver-only decisions carry the actor client_approver');

select is_empty($$
  select p.id from public.payments p
  join public.engagements e on e.id = p.engagement_id
  join public.pending_actions a on a.subject_id = p.id and a.kind = 'pay'
  where p.due_condition = 'at_acceptance' and not exists (
    select 1 from public.acceptances x where x.engagement_id = e.id and x.decision = 'accepted')
$$, 'a balance due at acceptance is no pay action before acceptance');

select set_config('request.jwt.claims',
  '{"role":"authenticated","sub":"a0000000-0000-4000-8000-000000000007"}', true);
set local role authenticated;
select is_empty($$
  select a.kind from public.pending_actions a join public.engagements e on e.id = a.engagement_id
  where e.client_id <> 'c0000000-0000-4000-8000-000000000002'
$$, 'Chi reads no action of another client');
reset role;

select * from finish();
rollback;
