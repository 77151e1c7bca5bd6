-- Warranty: the client's answer to a question is kept on the claim, and triage suggests the
-- engagement's account manager first (they know the client), falling back to the least loaded.

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.warranty_claims
  add column client_answer text,
  add column client_answered_at timestamptz,
  add column client_answered_by uuid references auth.users (id);
comment on column public.warranty_claims.client_question is 'The latest question staff asked the client; the claim waited on the client until answered.';
comment on column public.warranty_claims.client_answer is 'The client''s answer to client_question (null while unanswered); earlier rounds are in engagement_events.';
create index warranty_claims_client_answered_by_idx on public.warranty_claims (client_answered_by);

-- =========================================================================================
-- Views: the live SLA view also carries the question's answer (columns appended, order kept)
-- =========================================================================================
create or replace view public.warranty_claim_sla with (security_invoker = true) as
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
  j.escalation_count, j.escalated_at, j.change_request_id, j.updated_at,
  j.client_answer, j.client_answered_at
from judged j
join public.engagements e on e.id = j.engagement_id
left join public.clients cl on cl.id = e.client_id
left join public.staff s on s.user_id = j.assigned_to;
comment on view public.warranty_claim_sla is
  'Each visible warranty claim with its SLA as of now: due times pushed back by the client''s wait, paused time, breach flags and status (RLS applies).';

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.warranty_assignee_suggestions(claim_ids uuid[])
returns table (user_id uuid, full_name text, role public.staff_role, open_claims bigint, suggested boolean)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  with account_manager as (
    -- The account manager all listed claims share (null when they differ or there is none).
    select case when count(distinct e.account_manager_id) = 1 and count(*) = count(e.account_manager_id)
      then min(e.account_manager_id::text)::uuid end as user_id
    from public.warranty_claims c join public.engagements e on e.id = c.engagement_id
    where c.id = any (warranty_assignee_suggestions.claim_ids)
  ), eligible as (
    select s.user_id, s.full_name, s.role, s.user_id = am.user_id as is_account_manager
    from public.staff s cross join account_manager am
    where s.active and (s.role in ('manager', 'admin') or s.user_id = am.user_id)
  ), counted as (
    select eligible.*, (select count(*) from public.warranty_claims c
      where c.assigned_to = eligible.user_id and c.status in ('open', 'in_progress', 'waiting_on_client')) as open_claims
    from eligible
  )
  select counted.user_id, counted.full_name, counted.role, counted.open_claims,
         case when bool_or(counted.is_account_manager) over () then counted.is_account_manager
              else counted.open_claims = min(counted.open_claims) over () end as suggested
  from counted
  order by counted.is_account_manager desc, counted.open_claims, counted.full_name
$$;
comment on function public.warranty_assignee_suggestions(uuid[])
  is 'Staff who may take every listed claim (managers, and the account manager common to them all); that account manager is suggested, else the least loaded.';

create or replace function public.request_claim_information(claim_id uuid, question text) returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_warranty_claim(request_claim_information.claim_id);
  engagement public.engagements := locked.engagement;
  claim public.warranty_claims := locked.claim;
  clean_question text;
begin
  perform private.require_claim_status(engagement, claim, array['in_progress']::public.warranty_claim_status[],
    'provider', 'Only a claim in progress can wait on the client.');
  perform private.require_claim_handler(engagement, claim);
  clean_question := private.require_text(request_claim_information.question, 'question_required', 'provider',
    'Write what you need from the client.');
  update public.warranty_claims c
  set status = 'waiting_on_client', client_question = clean_question, waiting_on_client_since = now(),
      client_answer = null, client_answered_at = null, client_answered_by = null
  where c.id = claim.id returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_waiting_on_client', true, clean_question,
    jsonb_build_object('claim_id', claim.id));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.request_claim_information(uuid, text)
  is 'The assignee or a manager asks the client a question; the SLA clock pauses until the answer.';

create or replace function public.provide_claim_information(claim_id uuid, answer text) returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_warranty_claim(provide_claim_information.claim_id);
  engagement public.engagements := locked.engagement;
  claim public.warranty_claims := locked.claim;
  clean_answer text;
begin
  perform private.require_client(engagement);
  perform private.require_claim_status(engagement, claim, array['waiting_on_client']::public.warranty_claim_status[],
    'provider', 'This claim is not waiting for information from you.');
  clean_answer := private.require_text(provide_claim_information.answer, 'response_required', 'client',
    'Write the requested information.');
  perform private.end_client_wait(claim.id);
  update public.warranty_claims c
  set status = 'in_progress', client_answer = clean_answer, client_answered_at = now(),
      client_answered_by = (select auth.uid())
  where c.id = claim.id returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_information_provided', true, clean_answer,
    jsonb_build_object('claim_id', claim.id));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.provide_claim_information(uuid, text)
  is 'A client user answers in the claim; the answer is kept on it, the SLA clock resumes and the wait is recorded as the client''s.';

-- =========================================================================================
-- Grants (create or replace keeps them; the view's are re-stated)
-- =========================================================================================
revoke all on public.warranty_claim_sla from public, anon;
grant select on public.warranty_claim_sla to authenticated, service_role;
