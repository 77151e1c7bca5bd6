-- Pending actions: one list of what each side must do next on an active engagement, derived from
-- its records. Whose move and the waiting clocks are read from the same list (P4), so the to-do
-- lists, the board and the clocks never disagree. Payments get a due condition so that a payment
-- is a to-do only once it is due.

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.payment_due_condition as enum ('before_start', 'at_acceptance', 'on_date');
comment on type public.payment_due_condition is
  'When a payment falls due: before work starts, when the client accepts the work, or on a date (due_on).';

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.payments
  add column due_condition public.payment_due_condition,
  add column due_on date;
comment on column public.payments.due_condition is 'When the payment falls due; before then it is no to-do of the client.';
comment on column public.payments.due_on is 'The day an on_date payment falls due (Vietnam''s calendar).';

-- Existing rows: the deposit is due before start, a dated installment on its date, an approved
-- change's extra price at once, and the remaining balance at acceptance.
update public.payments p
set due_condition = case
      when p.due_before_start then 'before_start'
      when p.due_date is not null or p.kind = 'change_request' then 'on_date'
      else 'at_acceptance' end::public.payment_due_condition,
    due_on = case
      when p.due_before_start then null
      when p.due_date is not null then p.due_date
      when p.kind = 'change_request' then (p.created_at at time zone 'Asia/Ho_Chi_Minh')::date end;

alter table public.payments
  alter column due_condition set not null,
  add constraint payments_due_on_matches_condition check ((due_condition = 'on_date') = (due_on is not null));

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.set_payment_due_condition() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.due_condition is null then
    new.due_condition := case
      when new.due_before_start then 'before_start'
      when new.due_date is not null or new.kind = 'change_request' then 'on_date'
      else 'at_acceptance' end;
  end if;
  if new.due_condition = 'on_date' then
    new.due_on := coalesce(new.due_on, new.due_date, (now() at time zone 'Asia/Ho_Chi_Minh')::date);
  else
    new.due_on := null;
  end if;
  -- check_leave_step still reads due_before_start.
  new.due_before_start := new.due_condition = 'before_start';
  return new;
end
$$;
comment on function private.set_payment_due_condition()
  is 'Gives a new payment its due condition from the quote''s schedule (due_before_start, due_date) or its kind, and keeps due_before_start in step with it.';

create trigger payments_set_due_condition before insert or update of due_condition, due_on, due_before_start
  on public.payments for each row execute function private.set_payment_due_condition();

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.pending_actions_of(engagement_id uuid)
returns table (
  engagement_id uuid, kind text, subject_id uuid, side text, actor text, actor_id uuid,
  since timestamptz, due_at timestamptz, note text, blocking boolean, rank integer
)
language sql stable security definer set search_path = '' as $$
  with e as (
    select x.* from public.engagements x where x.id = pending_actions_of.engagement_id and x.state = 'active'
  ),
  last_acceptance as (
    select a.* from public.acceptances a join e on e.id = a.engagement_id
    order by a.decided_at desc, a.created_at desc limit 1
  ),
  accepted as (
    select min(a.decided_at) as at from public.acceptances a join e on e.id = a.engagement_id
    where a.decision = 'accepted'
  ),
  actions as (
    -- Request: a manager assigns the account manager, who reviews the request and moves on.
    select e.id as engagement_id, 'assign_account_manager' as kind, e.id as subject_id, 'provider' as side,
           'manager' as actor, null::uuid as actor_id, e.step_entered_at as since, null::timestamptz as due_at,
           null::text as note, true as blocking, 1 as rank
    from e where e.step = 'request' and e.account_manager_id is null
    union all
    select e.id, 'review_request', e.id, 'provider', 'account_manager', e.account_manager_id, e.step_entered_at,
           null, null, false, 4
    from e where e.step = 'request' and e.account_manager_id is not null
    -- Agreement: the provider composes a quote until one is sent; the approver decides a sent quote.
    union all
    select e.id, 'send_quote', e.id, 'provider', 'account_manager', e.account_manager_id,
           greatest(e.step_entered_at, (select max(q.decided_at) from public.quotes q
                                        where q.engagement_id = e.id and q.status = 'declined')),
           null, null, false, 5
    from e where e.step = 'agreement'
      and not exists (select 1 from public.quotes q where q.engagement_id = e.id and q.status = 'sent')
    union all
    select e.id, 'decide_quote', q.id, 'client', 'client_approver', null, q.sent_at, null, null, false, 2
    from e join public.quotes q on q.engagement_id = e.id and q.status = 'sent'
    where e.step = 'agreement'
    -- Payments: a to-do once due, by its condition; submitted proof waits on the provider.
    union all
    select e.id, 'pay', p.id, 'client', 'client_member', null,
           greatest(p.created_at, p.rejected_at,
                    case p.due_condition
                      when 'at_acceptance' then (select accepted.at from accepted)
                      when 'on_date' then (p.due_on::timestamp at time zone 'Asia/Ho_Chi_Minh') end),
           case when p.due_condition = 'on_date' then p.due_on::timestamp at time zone 'Asia/Ho_Chi_Minh' end,
           p.rejection_reason, false, 4
    from e join public.payments p on p.engagement_id = e.id and p.status in ('due', 'rejected')
    where case p.due_condition
            when 'before_start' then e.step <> 'request' and e.step <> 'agreement'
            when 'at_acceptance' then (select accepted.at from accepted) is not null
            else p.due_on <= (now() at time zone 'Asia/Ho_Chi_Minh')::date end
    union all
    select e.id, 'confirm_payment', p.id, 'provider', 'account_manager', e.account_manager_id, p.submitted_at,
           null, null, false, 6
    from e join public.payments p on p.engagement_id = e.id and p.status = 'submitted'
    union all
    select e.id, 'start_work', e.id, 'provider', 'account_manager', e.account_manager_id,
           greatest(e.step_entered_at, (select max(p.confirmed_at) from public.payments p
                                        where p.engagement_id = e.id and p.due_condition = 'before_start')),
           null, null, false, 7
    from e where e.step = 'payment'
      and not exists (select 1 from public.payments p where p.engagement_id = e.id
                      and p.due_condition = 'before_start' and p.status <> 'confirmed')
    -- Requirements: the client provides each requested item, then confirms it accurate (C1, C2).
    union all
    select e.id, 'provide_requirement', r.id, 'client', 'client_member', null, r.requested_at, null, null, false, 6
    from e join public.requirements r on r.engagement_id = e.id and r.status = 'requested'
    union all
    select e.id, 'confirm_requirement', r.id, 'client', 'client_member', null, r.provided_at, null, null, false, 7
    from e join public.requirements r on r.engagement_id = e.id and r.status = 'provided'
    -- Implementation: each side completes its milestones; after a rejection the provider fixes first.
    union all
    select e.id, 'complete_milestone', m.id, m.responsible::text,
           case when m.responsible = 'client' then 'client_member' else 'account_manager' end,
           case when m.responsible = 'provider' then e.account_manager_id end,
           greatest(e.step_entered_at, m.created_at),
           m.due_date::timestamp at time zone 'Asia/Ho_Chi_Minh', null, false,
           case when m.responsible = 'client' then 5 else 9 end
    from e join public.milestones m on m.engagement_id = e.id and m.status = 'open'
    where e.step = 'implementation'
    union all
    select e.id, 'fix_rejection', l.id, 'provider', 'account_manager', e.account_manager_id, l.decided_at,
           null, l.note, true, 2
    from e join last_acceptance l on l.decision = 'rejected'
    where e.step = 'implementation'
    union all
    select e.id, 'finish_implementation', e.id, 'provider', 'account_manager', e.account_manager_id,
           greatest(e.step_entered_at, (select max(m.done_at) from public.milestones m where m.engagement_id = e.id)),
           null, null, false, 11
    from e where e.step = 'implementation'
      and not exists (select 1 from public.milestones m where m.engagement_id = e.id
                      and m.responsible = 'provider' and m.status = 'open')
      and not exists (select 1 from public.change_requests c where c.engagement_id = e.id and c.status = 'approved')
      and not exists (select 1 from last_acceptance l where l.decision = 'rejected')
    -- Change requests: quoted by the provider, decided by the approver, delivered by the provider (C4, C6).
    union all
    select e.id, 'quote_change_request', c.id, 'provider', 'account_manager', e.account_manager_id, c.submitted_at,
           null, null, false, 8
    from e join public.change_requests c on c.engagement_id = e.id and c.status = 'submitted'
    union all
    select e.id, 'decide_change_request', c.id, 'client', 'client_approver', null, c.quoted_at, null, null, false, 3
    from e join public.change_requests c on c.engagement_id = e.id and c.status = 'quoted'
    union all
    select e.id, 'deliver_change_request', c.id, 'provider', 'account_manager', e.account_manager_id, c.decided_at,
           null, null, false, 10
    from e join public.change_requests c on c.engagement_id = e.id and c.status = 'approved'
    -- Completion and acceptance.
    union all
    select e.id, 'hand_over', e.id, 'provider', 'account_manager', e.account_manager_id, e.step_entered_at,
           null, null, true, 3
    from e where e.step = 'completion'
    union all
    select e.id, 'decide_acceptance', e.id, 'client', 'client_approver', null, e.step_entered_at, null, null, false, 1
    from e where e.step = 'acceptance'
    -- Warranty claims: triaged by a manager, resolved by the assignee, answered and confirmed by the client.
    union all
    select e.id, 'triage_claim', w.id, 'provider', 'manager', null, w.opened_at, w.response_due_at, null, false, 12
    from e join public.warranty_claims w on w.engagement_id = e.id and w.status = 'open'
    union all
    select e.id, 'resolve_claim', w.id, 'provider',
           case when s.role = 'account_manager' then 'account_manager' else 'manager' end, w.assigned_to,
           coalesce(w.triaged_at, w.opened_at), w.resolution_due_at, null, false, 13
    from e join public.warranty_claims w on w.engagement_id = e.id and w.status = 'in_progress'
    left join public.staff s on s.user_id = w.assigned_to
    union all
    select e.id, 'answer_claim', w.id, 'client', 'client_member', null,
           coalesce(w.waiting_on_client_since, w.updated_at), null, w.client_question, false, 8
    from e join public.warranty_claims w on w.engagement_id = e.id and w.status = 'waiting_on_client'
    union all
    select e.id, 'confirm_fix', w.id, 'client', 'client_member', null, coalesce(w.resolved_at, w.updated_at),
           null, w.resolution, false, 9
    from e join public.warranty_claims w on w.engagement_id = e.id and w.status = 'resolved'
  )
  select a.engagement_id, a.kind, a.subject_id, a.side, a.actor, a.actor_id, a.since, a.due_at, a.note, a.blocking,
         a.rank
  from actions a
  order by a.side, a.rank, a.since, a.subject_id
$$;
comment on function private.pending_actions_of(uuid)
  is 'Every open action of an active engagement, derived from its records: kind, subject, side, who may act, since when, due when. The view pending_actions and compute_whose_move both read it.';

create or replace function private.whose_move_reason_of(side text, kind text, step public.engagement_step)
returns text
language sql immutable set search_path = '' as $$
  -- Reason codes the app already words; new kinds speak for themselves.
  select case
    when whose_move_reason_of.kind is null then
      case when whose_move_reason_of.step = 'warranty' then 'no_open_claims' else 'no_pending_actions' end
    else case whose_move_reason_of.kind
    when 'assign_account_manager' then 'review_request'
    when 'review_request' then 'review_request'
    when 'send_quote' then 'compose_quote'
    when 'decide_quote' then 'quote_sent'
    when 'pay' then 'payment_due'
    when 'confirm_payment' then 'confirm_payment'
    when 'start_work' then 'start_work'
    when 'provide_requirement' then 'requirements_pending'
    when 'confirm_requirement' then 'requirements_pending'
    when 'complete_milestone' then
      case when whose_move_reason_of.side = 'client' then 'client_milestone_open' else 'deliver_milestones' end
    when 'finish_implementation' then 'deliver_milestones'
    when 'deliver_change_request' then 'deliver_milestones'
    when 'decide_change_request' then 'change_request_quoted'
    when 'hand_over' then 'hand_over'
    when 'decide_acceptance' then 'acceptance_decision'
    when 'triage_claim' then 'open_claims'
    when 'resolve_claim' then 'open_claims'
    when 'answer_claim' then 'claim_waiting_on_client'
    when 'confirm_fix' then 'claim_waiting_on_client'
    else whose_move_reason_of.kind end end
$$;
comment on function private.whose_move_reason_of(text, text, public.engagement_step)
  is 'The whose_move_reason code for the first action of the side whose move it is.';

create or replace function private.compute_whose_move(engagement_id uuid, out party public.engagement_party, out reason text)
language plpgsql stable security definer set search_path = '' as $$
declare
  engagement public.engagements;
  first_action record;
begin
  select e.* into engagement from public.engagements e where e.id = compute_whose_move.engagement_id;
  if engagement.state <> 'active' then
    party := 'none'; reason := 'not_active';
    return;
  end if;
  -- The client's move when it has an open action and no provider action blocks it.
  select a.* into first_action from private.pending_actions_of(engagement.id) a
  where a.side = 'client'
    and not exists (select 1 from private.pending_actions_of(engagement.id) b where b.side = 'provider' and b.blocking)
  order by a.rank, a.since limit 1;
  if first_action.kind is null then
    select a.* into first_action from private.pending_actions_of(engagement.id) a
    where a.side = 'provider' order by a.blocking desc, a.rank, a.since limit 1;
  end if;
  party := coalesce(first_action.side, 'none')::public.engagement_party;
  reason := private.whose_move_reason_of(first_action.side, first_action.kind, engagement.step);
end
$$;
comment on function private.compute_whose_move(uuid)
  is 'Whose move it is, and why, read from pending_actions_of: the client''s when it has an open action and no provider action blocks it, else the provider''s when it has one, else nobody''s.';

-- =========================================================================================
-- Views
-- =========================================================================================
create view public.pending_actions with (security_invoker = true) as
select a.engagement_id, a.kind, a.subject_id, a.side, a.actor, a.actor_id, a.since, a.due_at, a.note, a.blocking
from public.engagements e
cross join lateral private.pending_actions_of(e.id) a
where e.state = 'active';
comment on view public.pending_actions is
  'What each side must do next on the active engagements the reader may see (RLS of engagements applies); whose_move is read from the same rows.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.pending_actions from public, anon, authenticated;
grant select on public.pending_actions to authenticated, service_role;

revoke all on function private.set_payment_due_condition(), private.pending_actions_of(uuid),
  private.whose_move_reason_of(text, text, public.engagement_step) from public, anon;
grant execute on function private.pending_actions_of(uuid) to authenticated, service_role;

-- Store the derived whose move on every engagement (the waiting clocks close on the next change).
select private.refresh_whose_move(e.id) from public.engagements e;
