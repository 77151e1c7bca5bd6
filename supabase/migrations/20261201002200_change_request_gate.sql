-- A change request's milestone is work only once its gate is open (approved and, when the
-- payment comes first, paid): until then "complete the milestone" is no pending action of the
-- provider's, the change request's own decision or payment is. The gate's rule moves to
-- private.change_request_gate, read by the trigger that enforces it and by the pending actions,
-- so the two cannot disagree; private.workflow_pending_actions_of is otherwise unchanged.

create function private.change_request_gate(change_request_id uuid)
returns table (code text, side text, message text, details jsonb)
language sql stable security definer set search_path = '' as $$
  select g.code, g.side, g.message, g.details
  from public.change_requests c
  left join public.payments p on p.id = c.payment_id
  cross join lateral (
    select 'change_request_awaiting_approval' as code, 'client' as side,
           'This milestone belongs to a change request the client''s approver has not approved yet.' as message,
           jsonb_build_object('change_request_id', c.id, 'change_request_status', c.status) as details
    where c.status not in ('approved', 'done')
    union all
    select 'change_request_payment_pending',
           case when p.status = 'submitted' then 'provider' else 'client' end,
           'The change request''s extra payment must be confirmed before its work starts.',
           jsonb_build_object('change_request_id', c.id, 'payment_id', p.id, 'payment_status', p.status)
    where c.status in ('approved', 'done') and c.pay_before_work and c.extra_price_vnd > 0
      and p.status is distinct from 'confirmed'
  ) g
  where c.id = change_request_gate.change_request_id
$$;
comment on function private.change_request_gate(uuid)
  is 'Why the work of a change request may not start or be done yet (awaiting approval, or its pay-before-work payment unconfirmed), as a refusal: code, side, message, details; no row when the gate is open (C6).';

create or replace function private.check_change_request_gate() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  starts boolean := new.started_at is not null and (tg_op = 'INSERT' or old.started_at is null);
  finishes boolean := new.status = 'done' and (tg_op = 'INSERT' or old.status <> 'done');
  closed record;
begin
  if new.change_request_id is null or not (starts or finishes) then
    return new;
  end if;
  select g.* into closed from private.change_request_gate(new.change_request_id) g;
  if closed.code is not null then
    perform private.refuse(closed.code, closed.side, closed.message,
      jsonb_build_object('step', (select e.step from public.engagements e where e.id = new.engagement_id))
      || closed.details);
  end if;
  return new;
end
$$;

create or replace function private.workflow_pending_actions_of(engagement_id uuid)
returns table (
  engagement_id uuid, kind text, subject_id uuid, side text, actor text, actor_id uuid,
  since timestamptz, due_at timestamptz, note text, blocking boolean, rank integer
)
language sql stable security definer set search_path = '' as $$
  with e as (
    select x.* from public.engagements x where x.id = workflow_pending_actions_of.engagement_id and x.state = 'active'
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
      and (m.change_request_id is null or not exists (select 1 from private.change_request_gate(m.change_request_id)))
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
comment on function private.workflow_pending_actions_of(uuid)
  is 'The workflow''s open actions of an active engagement, derived from its records: kind, subject, side, who may act, since when, due when; a change request''s milestone only once its gate is open; unioned into private.pending_actions_of.';
