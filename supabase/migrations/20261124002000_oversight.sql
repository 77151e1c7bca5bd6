-- Oversight: the managers' warranty queue (live SLA status, bulk assignment, escalation, the
-- "fewest open claims" suggestion) and the figures of the oversight dashboard (P4, P6).
-- Every figure is computed here; the browser only draws it. Only managers and admins may read it.

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.warranty_claims
  add column escalated_at timestamptz,
  add column escalated_by uuid references auth.users (id),
  add column escalation_count integer not null default 0 check (escalation_count >= 0);
comment on column public.warranty_claims.escalation_count is 'How many times a manager raised the claim''s priority by escalating it.';
create index warranty_claims_escalated_by_idx on public.warranty_claims (escalated_by);

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.require_oversight() returns void
language plpgsql stable security definer set search_path = '' as $$
begin
  if (select auth.uid()) is null then
    perform private.refuse('not_authenticated', 'none', 'Sign in to see the warranty queue and the dashboard.');
  end if;
  if not (select private.is_manager()) then
    perform private.refuse('not_manager', 'provider',
      'Only a manager or an admin can see the warranty queue and the oversight dashboard.',
      jsonb_build_object('required_role', 'manager'));
  end if;
end
$$;
comment on function private.require_oversight() is 'Refuses oversight reads unless the caller is an active manager or admin.';

create or replace function private.escalated_priority(priority public.warranty_priority) returns public.warranty_priority
language sql immutable set search_path = '' as $$
  select case escalated_priority.priority
    when 'low' then 'normal' when 'normal' then 'high' else 'critical' end::public.warranty_priority
$$;
comment on function private.escalated_priority(public.warranty_priority) is 'The next priority up; critical stays critical.';

-- =========================================================================================
-- Views
-- =========================================================================================
-- The SLA of each visible claim as of now. While a claim waits on the client the clock is paused:
-- its due times move forward with the clock and the wait is counted as the client's.
create view public.warranty_claim_sla with (security_invoker = true) as
with claim as (
  select c.*,
    case when c.status = 'waiting_on_client' and c.waiting_on_client_since is not null
      then greatest(interval '0', now() - c.waiting_on_client_since) else interval '0' end as current_pause
  from public.warranty_claims c
), due as (
  select claim.*,
    claim.response_due_at + claim.current_pause as response_due_now,
    claim.resolution_due_at + claim.current_pause as resolution_due_now,
    claim.status in ('open', 'in_progress', 'waiting_on_client') as is_open
  from claim
), judged as (
  select due.*,
    (due.triaged_at is null and due.is_open and now() > due.response_due_now)
      or (due.triaged_at is not null and due.triaged_at > due.response_due_at) as response_breached,
    (due.is_open and now() > due.resolution_due_now)
      or (due.resolved_at is not null and due.resolved_at > due.resolution_due_at) as resolution_breached,
    case when due.triaged_at is null and due.response_due_now < due.resolution_due_now
      then due.response_due_now else due.resolution_due_now end as next_due_at,
    case when due.triaged_at is null and due.response_due_now < due.resolution_due_now
      then due.response_due_now - private.sla_response(due.priority) / 4
      else due.resolution_due_now - private.sla_resolution(due.priority) / 4 end as at_risk_from
  from due
)
select
  j.id, j.engagement_id, e.code as engagement_code, e.title as engagement_title,
  e.client_id, cl.name as client_name, e.account_manager_id,
  j.title, j.description, j.status, j.coverage, j.priority,
  j.assigned_to, s.full_name as assignee_name,
  j.opened_at, j.triaged_at, j.resolved_at, j.resolution, j.client_question,
  j.response_due_now as response_due_at, j.resolution_due_now as resolution_due_at,
  j.next_due_at, j.at_risk_from,
  j.status = 'waiting_on_client' as paused,
  case when j.status = 'waiting_on_client' then j.waiting_on_client_since end as paused_since,
  j.client_wait_seconds + extract(epoch from j.current_pause)::bigint as paused_seconds,
  j.response_breached, j.resolution_breached,
  case
    when j.response_breached or j.resolution_breached then 'breached'
    when j.status in ('resolved', 'closed') then 'met'
    when not j.is_open then 'not_applicable'
    when now() >= j.at_risk_from then 'at_risk'
    else 'on_track'
  end as sla_status,
  j.escalation_count, j.escalated_at, j.change_request_id, j.updated_at
from judged j
join public.engagements e on e.id = j.engagement_id
left join public.clients cl on cl.id = e.client_id
left join public.staff s on s.user_id = j.assigned_to;
comment on view public.warranty_claim_sla is
  'Each visible warranty claim with its SLA as of now: due times pushed back by the client''s wait, paused time, breach flags and status (RLS applies).';

-- =========================================================================================
-- RPCs: warranty queue
-- =========================================================================================
create or replace function public.warranty_queue(
  status public.warranty_claim_status default null, priority public.warranty_priority default null,
  coverage public.warranty_coverage default null, assigned_to uuid default null, client_id uuid default null,
  breached_only boolean default false
) returns setof public.warranty_claim_sla
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  select q.* from public.warranty_claim_sla q
  where (case when warranty_queue.status is null then q.status in ('open', 'in_progress', 'waiting_on_client')
              else q.status = warranty_queue.status end)
    and (warranty_queue.priority is null or q.priority = warranty_queue.priority)
    and (warranty_queue.coverage is null or q.coverage = warranty_queue.coverage)
    and (warranty_queue.assigned_to is null or q.assigned_to = warranty_queue.assigned_to)
    and (warranty_queue.client_id is null or q.client_id = warranty_queue.client_id)
    and (not coalesce(warranty_queue.breached_only, false) or q.sla_status = 'breached')
  order by q.next_due_at, q.opened_at
$$;
comment on function public.warranty_queue(public.warranty_claim_status, public.warranty_priority, public.warranty_coverage, uuid, uuid, boolean)
  is 'Managers'' queue: every open claim (or those of one status) across engagements, nearest SLA deadline first.';

create or replace function public.warranty_assignee_suggestions(claim_ids uuid[])
returns table (user_id uuid, full_name text, role public.staff_role, open_claims bigint, suggested boolean)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  with eligible as (
    select s.user_id, s.full_name, s.role from public.staff s
    where s.active and (s.role in ('manager', 'admin') or cardinality(warranty_assignee_suggestions.claim_ids) > 0 and s.user_id = all (
      select e.account_manager_id from public.warranty_claims c join public.engagements e on e.id = c.engagement_id
      where c.id = any (warranty_assignee_suggestions.claim_ids)))
  ), counted as (
    select eligible.*, (select count(*) from public.warranty_claims c
      where c.assigned_to = eligible.user_id and c.status in ('open', 'in_progress', 'waiting_on_client')) as open_claims
    from eligible
  )
  select counted.user_id, counted.full_name, counted.role, counted.open_claims,
         counted.open_claims = min(counted.open_claims) over () as suggested
  from counted
  order by counted.open_claims, counted.full_name
$$;
comment on function public.warranty_assignee_suggestions(uuid[])
  is 'Staff who may take every listed claim (managers, and the account manager common to them all), fewest open claims first.';

create or replace function public.assign_warranty_claims(claim_ids uuid[], assigned_to uuid)
returns setof public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  claim_id uuid;
begin
  perform private.require_oversight();
  if coalesce(cardinality(assign_warranty_claims.claim_ids), 0) = 0 then
    perform private.refuse('claims_required', 'provider', 'Choose at least one claim to assign.');
  end if;
  -- Always lock in the same order, so two managers assigning overlapping sets cannot deadlock.
  for claim_id in select distinct u.id from unnest(assign_warranty_claims.claim_ids) u (id) order by u.id loop
    return next public.assign_warranty_claim(claim_id, assign_warranty_claims.assigned_to);
  end loop;
end
$$;
comment on function public.assign_warranty_claims(uuid[], uuid)
  is 'A manager assigns several claims to one staff member at once: all of them, or none if one is refused.';

create or replace function public.escalate_warranty_claim(claim_id uuid, reason text) returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_warranty_claim(escalate_warranty_claim.claim_id);
  engagement public.engagements := locked.engagement;
  claim public.warranty_claims := locked.claim;
  clean_reason text;
  previous public.warranty_priority := claim.priority;
begin
  perform private.require_manager(engagement);
  perform private.require_claim_status(engagement, claim,
    array['open', 'in_progress', 'waiting_on_client']::public.warranty_claim_status[], 'none', 'This claim is finished.');
  if claim.priority = 'critical' then
    perform private.refuse('claim_already_critical', 'provider', 'This claim already has the highest priority.',
      jsonb_build_object('step', engagement.step, 'priority', claim.priority));
  end if;
  clean_reason := private.require_text(escalate_warranty_claim.reason, 'reason_required', 'provider',
    'Say why the claim is escalated.');
  update public.warranty_claims c
  set priority = private.escalated_priority(c.priority),
      response_due_at = c.opened_at + private.sla_response(private.escalated_priority(c.priority))
                        + make_interval(secs => c.client_wait_seconds),
      resolution_due_at = c.opened_at + private.sla_resolution(private.escalated_priority(c.priority))
                          + make_interval(secs => c.client_wait_seconds),
      escalated_at = now(), escalated_by = (select auth.uid()), escalation_count = c.escalation_count + 1
  where c.id = claim.id
  returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_escalated', false, clean_reason,
    jsonb_build_object('claim_id', claim.id, 'from_priority', previous, 'to_priority', claim.priority));
  return claim;
end
$$;
comment on function public.escalate_warranty_claim(uuid, text)
  is 'A manager raises a claim''s priority one level with a reason; its SLA due times follow.';

-- =========================================================================================
-- RPCs: oversight dashboard
-- =========================================================================================
create or replace function public.oversight_steps()
returns table (step public.engagement_step, engagements bigint, value_vnd bigint,
               median_provider_wait_seconds bigint, median_client_wait_seconds bigint)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  select s.step, count(b.id), coalesce(sum(b.agreed_price_vnd), 0)::bigint,
         coalesce(percentile_cont(0.5) within group (order by b.provider_waiting_seconds), 0)::bigint,
         coalesce(percentile_cont(0.5) within group (order by b.client_waiting_seconds), 0)::bigint
  from unnest(enum_range(null::public.engagement_step)) with ordinality s (step, position)
  left join public.engagement_board b on b.step = s.step and b.state = 'active'
  group by s.step, s.position
  order by s.position
$$;
comment on function public.oversight_steps()
  is 'Active engagements per step: count, agreed VND value, and the median time they have waited on each side.';

create or replace function public.oversight_overdue_payments()
returns table (payment_id uuid, engagement_id uuid, engagement_code text, client_name text, label text,
               amount_vnd bigint, due_date date, days_overdue integer, status public.payment_status)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  select p.id, e.id, e.code, c.name, p.label, p.amount_vnd, p.due_date,
         ((now() at time zone 'Asia/Ho_Chi_Minh')::date - p.due_date)::integer, p.status
  from public.payments p
  join public.engagements e on e.id = p.engagement_id
  join public.clients c on c.id = e.client_id
  where p.status in ('due', 'rejected') and p.due_date < (now() at time zone 'Asia/Ho_Chi_Minh')::date
    and e.state in ('active', 'on_hold')
  order by p.due_date, e.code
$$;
comment on function public.oversight_overdue_payments() is 'Payments past their due date (Vietnam''s calendar) that the client has not paid.';

create or replace function public.oversight_sla_breaches(days integer default 30)
returns table (day date, response_breaches bigint, resolution_breaches bigint)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  with span as (
    select generate_series((now() at time zone 'Asia/Ho_Chi_Minh')::date - (greatest(oversight_sla_breaches.days, 1) - 1),
                           (now() at time zone 'Asia/Ho_Chi_Minh')::date, interval '1 day')::date as day
  )
  select span.day,
    (select count(*) from public.warranty_claim_sla q
     where q.response_breached and (q.response_due_at at time zone 'Asia/Ho_Chi_Minh')::date = span.day),
    (select count(*) from public.warranty_claim_sla q
     where q.resolution_breached and (q.resolution_due_at at time zone 'Asia/Ho_Chi_Minh')::date = span.day)
  from span
  order by span.day
$$;
comment on function public.oversight_sla_breaches(integer)
  is 'Per day of the last N days (Vietnam''s calendar): response and resolution deadlines that were missed.';

create or replace function public.oversight_warranties_ending(days integer default 30)
returns table (engagement_id uuid, engagement_code text, engagement_title text, client_name text,
               account_manager_name text, warranty_ends_at timestamptz, open_claims bigint)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  select e.id, e.code, e.title, c.name, s.full_name, e.warranty_ends_at,
         (select count(*) from public.warranty_claims w
          where w.engagement_id = e.id and w.status in ('open', 'in_progress', 'waiting_on_client'))
  from public.engagements e
  join public.clients c on c.id = e.client_id
  left join public.staff s on s.user_id = e.account_manager_id
  where e.step = 'warranty' and e.state = 'active'
    and e.warranty_ends_at between now() and now() + make_interval(days => greatest(oversight_warranties_ending.days, 1))
  order by e.warranty_ends_at
$$;
comment on function public.oversight_warranties_ending(integer) is 'Active warranties that end within the next N days.';

create or replace function public.oversight_change_requests_waiting()
returns table (waiting_on public.engagement_party, status public.change_request_status, requests bigint, value_vnd bigint)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  select w.party, w.status, count(cr.id), coalesce(sum(cr.extra_price_vnd), 0)::bigint
  from (values ('provider'::public.engagement_party, 'submitted'::public.change_request_status, 1),
               ('client', 'quoted', 2), ('provider', 'approved', 3)) w (party, status, position)
  left join (public.change_requests cr join public.engagements e on e.id = cr.engagement_id and e.state = 'active')
    on cr.status = w.status
  group by w.party, w.status, w.position
  order by w.position
$$;
comment on function public.oversight_change_requests_waiting()
  is 'Open change requests by whose move: the provider quotes (submitted) and delivers (approved), the client decides (quoted).';

create or replace function public.oversight_warranty_summary()
returns table (open_claims bigint, unassigned bigint, on_track bigint, at_risk bigint, breached bigint,
               waiting_on_client bigint, resolved_last_30_days bigint, resolved_within_sla_last_30_days bigint)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  select
    count(*) filter (where q.status in ('open', 'in_progress', 'waiting_on_client')),
    count(*) filter (where q.status in ('open', 'in_progress', 'waiting_on_client') and q.assigned_to is null),
    count(*) filter (where q.status in ('open', 'in_progress', 'waiting_on_client') and q.sla_status = 'on_track'),
    count(*) filter (where q.status in ('open', 'in_progress', 'waiting_on_client') and q.sla_status = 'at_risk'),
    count(*) filter (where q.status in ('open', 'in_progress', 'waiting_on_client') and q.sla_status = 'breached'),
    count(*) filter (where q.status = 'waiting_on_client'),
    count(*) filter (where q.resolved_at >= now() - interval '30 days'),
    count(*) filter (where q.resolved_at >= now() - interval '30 days' and not q.resolution_breached)
  from public.warranty_claim_sla q
$$;
comment on function public.oversight_warranty_summary() is 'Open warranty claims by SLA status, and the last 30 days'' resolutions.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.warranty_claim_sla from public, anon, authenticated;
grant select on public.warranty_claim_sla to authenticated, service_role;

revoke all on function private.require_oversight(), private.escalated_priority(public.warranty_priority) from public, anon;
-- The view runs as its reader, so its readers need the SLA table functions it calls.
grant execute on function private.sla_response(public.warranty_priority), private.sla_resolution(public.warranty_priority)
  to authenticated, service_role;
grant execute on function private.require_oversight(), private.escalated_priority(public.warranty_priority)
  to authenticated, service_role;

revoke all on function
  public.warranty_queue(public.warranty_claim_status, public.warranty_priority, public.warranty_coverage, uuid, uuid, boolean),
  public.warranty_assignee_suggestions(uuid[]), public.assign_warranty_claims(uuid[], uuid),
  public.escalate_warranty_claim(uuid, text), public.oversight_steps(), public.oversight_overdue_payments(),
  public.oversight_sla_breaches(integer), public.oversight_warranties_ending(integer),
  public.oversight_change_requests_waiting(), public.oversight_warranty_summary()
  from public, anon;
grant execute on function
  public.warranty_queue(public.warranty_claim_status, public.warranty_priority, public.warranty_coverage, uuid, uuid, boolean),
  public.warranty_assignee_suggestions(uuid[]), public.assign_warranty_claims(uuid[], uuid),
  public.escalate_warranty_claim(uuid, text), public.oversight_steps(), public.oversight_overdue_payments(),
  public.oversight_sla_breaches(integer), public.oversight_warranties_ending(integer),
  public.oversight_change_requests_waiting(), public.oversight_warranty_summary()
  to authenticated, service_role;
