-- Acceptance and warranty: the client's recorded acceptance decision, and the warranty-claim queue
-- with its SLA clock, which pauses while a claim waits on the client (P5, P6).

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.acceptance_decision as enum ('accepted', 'rejected');
comment on type public.acceptance_decision is 'The client approver''s decision at acceptance: warranty starts, or back to implementation.';

create type public.warranty_claim_status as enum (
  'open', 'in_progress', 'waiting_on_client', 'resolved', 'closed', 'declined', 'converted'
);
comment on type public.warranty_claim_status is
  'open (awaiting triage) -> in_progress <-> waiting_on_client -> resolved -> closed (client confirmed) or back to in_progress (reopened); declined when out of warranty; converted into a change request.';

create type public.warranty_coverage as enum ('in_warranty', 'out_of_warranty', 'change_request');
comment on type public.warranty_coverage is 'The manager''s triage: covered by warranty, not covered, or really a change request.';

create type public.warranty_priority as enum ('critical', 'high', 'normal', 'low');
comment on type public.warranty_priority is 'Sets the SLA: critical 4 h / 24 h, high 8 h / 3 d, normal 24 h / 5 d, low 72 h / 10 d.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.acceptances (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  decision public.acceptance_decision not null,
  note text,
  decided_by uuid references auth.users (id),
  decided_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  check (decision = 'accepted' or length(btrim(coalesce(note, ''))) > 0)
);
comment on table public.acceptances is 'Each acceptance decision of the client''s approver; a rejection carries its reason.';
create index acceptances_engagement_id_idx on public.acceptances (engagement_id);
create index acceptances_decided_by_idx on public.acceptances (decided_by);

create table public.warranty_claims (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  title text not null check (length(btrim(title)) > 0),
  description text not null check (length(btrim(description)) > 0),
  status public.warranty_claim_status not null default 'open',
  coverage public.warranty_coverage,
  priority public.warranty_priority not null default 'normal',
  assigned_to uuid references public.staff (user_id),
  opened_by uuid references auth.users (id),
  opened_at timestamptz not null default now(),
  triaged_by uuid references auth.users (id),
  triaged_at timestamptz,
  triage_note text,
  response_due_at timestamptz not null,
  resolution_due_at timestamptz not null,
  client_question text,
  waiting_on_client_since timestamptz,
  client_wait_seconds bigint not null default 0 check (client_wait_seconds >= 0),
  resolved_by uuid references auth.users (id),
  resolved_at timestamptz,
  resolution text,
  confirmed_by uuid references auth.users (id),
  confirmed_at timestamptz,
  reopened_count integer not null default 0,
  change_request_id uuid references public.change_requests (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.warranty_claims is 'Problems reported during the warranty period, triaged, assigned, resolved and confirmed, with SLA due times.';
comment on column public.warranty_claims.client_wait_seconds is 'Time the claim waited on the client; the SLA due times were pushed back by it.';
create index warranty_claims_engagement_id_idx on public.warranty_claims (engagement_id, status);
create index warranty_claims_assigned_to_idx on public.warranty_claims (assigned_to);
create index warranty_claims_opened_by_idx on public.warranty_claims (opened_by);
create index warranty_claims_triaged_by_idx on public.warranty_claims (triaged_by);
create index warranty_claims_resolved_by_idx on public.warranty_claims (resolved_by);
create index warranty_claims_confirmed_by_idx on public.warranty_claims (confirmed_by);
create index warranty_claims_change_request_id_idx on public.warranty_claims (change_request_id);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create trigger warranty_claims_set_updated_at before update on public.warranty_claims
  for each row execute function private.set_updated_at();

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.sla_response(priority public.warranty_priority) returns interval
language sql immutable set search_path = '' as $$
  select case sla_response.priority
    when 'critical' then interval '4 hours' when 'high' then interval '8 hours'
    when 'normal' then interval '24 hours' else interval '72 hours' end
$$;
comment on function private.sla_response(public.warranty_priority) is 'Response time allowed for a claim of this priority.';

create or replace function private.sla_resolution(priority public.warranty_priority) returns interval
language sql immutable set search_path = '' as $$
  select case sla_resolution.priority
    when 'critical' then interval '24 hours' when 'high' then interval '3 days'
    when 'normal' then interval '5 days' else interval '10 days' end
$$;
comment on function private.sla_resolution(public.warranty_priority) is 'Resolution time allowed for a claim of this priority.';

create or replace function private.lock_warranty_claim(claim_id uuid, out engagement public.engagements,
  out claim public.warranty_claims)
language plpgsql security definer set search_path = '' as $$
begin
  engagement := private.lock_engagement(
    (select c.engagement_id from public.warranty_claims c where c.id = lock_warranty_claim.claim_id));
  select c.* into claim from public.warranty_claims c where c.id = lock_warranty_claim.claim_id for update;
end
$$;
comment on function private.lock_warranty_claim(uuid) is 'Locks a visible engagement, then its warranty claim (always in that order).';

create or replace function private.end_client_wait(claim_id uuid) returns void
language sql security definer set search_path = '' as $$
  update public.warranty_claims c
  set client_wait_seconds = c.client_wait_seconds
        + greatest(0, extract(epoch from now() - c.waiting_on_client_since))::bigint,
      response_due_at = c.response_due_at + (now() - c.waiting_on_client_since),
      resolution_due_at = c.resolution_due_at + (now() - c.waiting_on_client_since),
      waiting_on_client_since = null
  where c.id = end_client_wait.claim_id and c.waiting_on_client_since is not null
$$;
comment on function private.end_client_wait(uuid) is 'Stops the client''s clock on a claim: records the wait and pushes the SLA due times back by it.';

create or replace function private.require_claim_handler(engagement public.engagements, claim public.warranty_claims)
returns void
language plpgsql stable set search_path = '' as $$
begin
  if private.actor_role(require_claim_handler.engagement) is distinct from 'manager'
     and require_claim_handler.claim.assigned_to is distinct from (select auth.uid()) then
    perform private.refuse('not_claim_assignee', 'provider', 'Only the assigned staff member or a manager handles this claim.',
      jsonb_build_object('step', require_claim_handler.engagement.step, 'required_role', 'assignee'));
  end if;
end
$$;
comment on function private.require_claim_handler(public.engagements, public.warranty_claims) is 'Refuses unless the caller is the claim''s assignee or a manager.';

create or replace function private.require_claim_status(engagement public.engagements, claim public.warranty_claims,
  statuses public.warranty_claim_status[], waiting_on text, hint text) returns void
language plpgsql stable set search_path = '' as $$
begin
  if require_claim_status.claim.id is null then
    perform private.refuse('warranty_claim_not_found', 'none', 'This warranty claim does not exist or is not visible to you.');
  end if;
  if not (require_claim_status.claim.status = any (require_claim_status.statuses)) then
    perform private.refuse('claim_wrong_status', require_claim_status.waiting_on, require_claim_status.hint,
      jsonb_build_object('step', require_claim_status.engagement.step, 'claim_status', require_claim_status.claim.status));
  end if;
end
$$;
comment on function private.require_claim_status(public.engagements, public.warranty_claims, public.warranty_claim_status[], text, text)
  is 'Refuses a claim action that does not fit the claim''s status.';

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.acceptances enable row level security;
alter table public.warranty_claims enable row level security;

create policy "Acceptances are visible to managers" on public.acceptances
  for select to authenticated using ((select private.is_manager()));
create policy "Acceptances are visible to their account manager" on public.acceptances
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Acceptances are visible to the client's members" on public.acceptances
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

create policy "Warranty claims are visible to managers" on public.warranty_claims
  for select to authenticated using ((select private.is_manager()));
create policy "Warranty claims are visible to their account manager" on public.warranty_claims
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Warranty claims are visible to the client's members" on public.warranty_claims
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.open_warranty_claim(engagement_id uuid, title text, description text)
returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(open_warranty_claim.engagement_id);
  claim public.warranty_claims;
  clean_title text;
  clean_description text;
begin
  perform private.require_client(engagement);
  perform private.require_active(engagement);
  perform private.require_step(engagement, array['warranty']::public.engagement_step[]);
  if engagement.warranty_ends_at is null or now() > engagement.warranty_ends_at then
    perform private.refuse('warranty_expired', 'none', 'The warranty period has ended; ask for a change request instead.',
      jsonb_build_object('step', engagement.step, 'warranty_ends_at', engagement.warranty_ends_at));
  end if;
  clean_title := private.require_text(open_warranty_claim.title, 'title_required', 'client', 'Give the problem a title.');
  clean_description := private.require_text(open_warranty_claim.description, 'description_required', 'client',
    'Describe the problem.');
  insert into public.warranty_claims (engagement_id, title, description, opened_by, response_due_at, resolution_due_at)
  values (engagement.id, clean_title, clean_description, (select auth.uid()),
          now() + private.sla_response('normal'), now() + private.sla_resolution('normal'))
  returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_opened', true, clean_title, jsonb_build_object('claim_id', claim.id));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.open_warranty_claim(uuid, text, text) is 'A client user reports a problem while the engagement is in an unexpired warranty.';

create or replace function public.triage_warranty_claim(
  claim_id uuid, coverage public.warranty_coverage, priority public.warranty_priority,
  assigned_to uuid default null, note text default null
) returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_warranty_claim(triage_warranty_claim.claim_id);
  engagement public.engagements := locked.engagement;
  claim public.warranty_claims := locked.claim;
  assignee uuid := coalesce(triage_warranty_claim.assigned_to, claim.assigned_to, engagement.account_manager_id);
  new_change_request_id uuid;
  new_status public.warranty_claim_status;
begin
  perform private.require_manager(engagement);
  perform private.require_claim_status(engagement, claim, array['open', 'in_progress']::public.warranty_claim_status[],
    'none', 'Only an open or in-progress claim can be triaged.');
  if triage_warranty_claim.coverage is null or triage_warranty_claim.priority is null then
    perform private.refuse('triage_incomplete', 'provider', 'Choose the coverage and the priority.',
      jsonb_build_object('step', engagement.step));
  end if;
  if assignee is not null and assignee is distinct from engagement.account_manager_id and not exists (
    select 1 from public.staff s where s.user_id = assignee and s.active and s.role in ('manager', 'admin')
  ) then
    perform private.refuse('assignee_not_allowed', 'provider',
      'Assign the engagement''s account manager or a manager: other staff cannot see this engagement.',
      jsonb_build_object('step', engagement.step));
  end if;
  new_status := case triage_warranty_claim.coverage
    when 'in_warranty' then 'in_progress' when 'out_of_warranty' then 'declined' else 'converted' end;
  if triage_warranty_claim.coverage = 'change_request' then
    insert into public.change_requests (engagement_id, title, description, submitted_by)
    values (engagement.id, claim.title, claim.description, claim.opened_by)
    returning id into new_change_request_id;
  end if;
  update public.warranty_claims c
  set coverage = triage_warranty_claim.coverage, priority = triage_warranty_claim.priority, assigned_to = assignee,
      status = new_status, triaged_by = (select auth.uid()), triaged_at = now(),
      triage_note = nullif(btrim(triage_warranty_claim.note), ''),
      response_due_at = c.opened_at + private.sla_response(triage_warranty_claim.priority)
                        + make_interval(secs => c.client_wait_seconds),
      resolution_due_at = c.opened_at + private.sla_resolution(triage_warranty_claim.priority)
                          + make_interval(secs => c.client_wait_seconds),
      change_request_id = coalesce(new_change_request_id, c.change_request_id)
  where c.id = claim.id
  returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_triaged', true, claim.triage_note,
    jsonb_build_object('claim_id', claim.id, 'coverage', claim.coverage, 'priority', claim.priority,
                       'assigned_to', claim.assigned_to, 'change_request_id', new_change_request_id));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.triage_warranty_claim(uuid, public.warranty_coverage, public.warranty_priority, uuid, text)
  is 'A manager sets coverage and priority (recomputing SLA due times) and assigns the claim.';

create or replace function public.assign_warranty_claim(claim_id uuid, assigned_to uuid) returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_warranty_claim(assign_warranty_claim.claim_id);
  engagement public.engagements := locked.engagement;
  claim public.warranty_claims := locked.claim;
begin
  perform private.require_manager(engagement);
  perform private.require_claim_status(engagement, claim,
    array['open', 'in_progress', 'waiting_on_client']::public.warranty_claim_status[], 'none', 'This claim is finished.');
  if assign_warranty_claim.assigned_to is distinct from engagement.account_manager_id and not exists (
    select 1 from public.staff s where s.user_id = assign_warranty_claim.assigned_to and s.active and s.role in ('manager', 'admin')
  ) then
    perform private.refuse('assignee_not_allowed', 'provider',
      'Assign the engagement''s account manager or a manager: other staff cannot see this engagement.',
      jsonb_build_object('step', engagement.step));
  end if;
  update public.warranty_claims c set assigned_to = assign_warranty_claim.assigned_to
  where c.id = claim.id returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_assigned', false, null,
    jsonb_build_object('claim_id', claim.id, 'assigned_to', claim.assigned_to));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.assign_warranty_claim(uuid, uuid) is 'A manager (re)assigns a claim to the account manager or a manager.';

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
  set status = 'waiting_on_client', client_question = clean_question, waiting_on_client_since = now()
  where c.id = claim.id returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_waiting_on_client', true, clean_question,
    jsonb_build_object('claim_id', claim.id));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.request_claim_information(uuid, text) is 'The assignee asks the client for information; the SLA clock pauses.';

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
  update public.warranty_claims c set status = 'in_progress'
  where c.id = claim.id returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_information_provided', true, clean_answer,
    jsonb_build_object('claim_id', claim.id));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.provide_claim_information(uuid, text) is 'A client user answers; the SLA clock resumes and the wait is recorded as the client''s.';

create or replace function public.resolve_warranty_claim(claim_id uuid, resolution text) returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_warranty_claim(resolve_warranty_claim.claim_id);
  engagement public.engagements := locked.engagement;
  claim public.warranty_claims := locked.claim;
  clean_resolution text;
begin
  perform private.require_claim_status(engagement, claim, array['in_progress']::public.warranty_claim_status[],
    'provider', 'Only a claim in progress can be resolved.');
  perform private.require_claim_handler(engagement, claim);
  clean_resolution := private.require_text(resolve_warranty_claim.resolution, 'resolution_required', 'provider',
    'Describe what was fixed.');
  update public.warranty_claims c
  set status = 'resolved', resolution = clean_resolution, resolved_by = (select auth.uid()), resolved_at = now(),
      waiting_on_client_since = now()
  where c.id = claim.id returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_resolved', true, clean_resolution,
    jsonb_build_object('claim_id', claim.id, 'within_sla', claim.resolved_at <= claim.resolution_due_at));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.resolve_warranty_claim(uuid, text) is 'The assignee resolves the claim; it now waits on the client to confirm the fix.';

create or replace function public.confirm_warranty_claim(claim_id uuid) returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_warranty_claim(confirm_warranty_claim.claim_id);
  engagement public.engagements := locked.engagement;
  claim public.warranty_claims := locked.claim;
begin
  perform private.require_client(engagement);
  perform private.require_claim_status(engagement, claim, array['resolved']::public.warranty_claim_status[],
    'provider', 'Only a resolved claim can be confirmed.');
  update public.warranty_claims c
  set client_wait_seconds = c.client_wait_seconds
        + greatest(0, extract(epoch from now() - c.waiting_on_client_since))::bigint,
      waiting_on_client_since = null, status = 'closed', confirmed_by = (select auth.uid()), confirmed_at = now()
  where c.id = claim.id returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_confirmed', true, null, jsonb_build_object('claim_id', claim.id));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.confirm_warranty_claim(uuid) is 'A client user confirms the fix; the claim is closed.';

create or replace function public.reopen_warranty_claim(claim_id uuid, reason text) returns public.warranty_claims
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_warranty_claim(reopen_warranty_claim.claim_id);
  engagement public.engagements := locked.engagement;
  claim public.warranty_claims := locked.claim;
  clean_reason text;
begin
  perform private.require_client(engagement);
  perform private.require_claim_status(engagement, claim, array['resolved']::public.warranty_claim_status[],
    'provider', 'Only a resolved claim can be reopened.');
  clean_reason := private.require_text(reopen_warranty_claim.reason, 'reason_required', 'client',
    'Say what is still wrong.');
  perform private.end_client_wait(claim.id);
  update public.warranty_claims c
  set status = 'in_progress', reopened_count = c.reopened_count + 1, resolved_at = null, resolved_by = null
  where c.id = claim.id returning * into claim;
  perform private.log_event(engagement.id, 'warranty_claim_reopened', true, clean_reason, jsonb_build_object('claim_id', claim.id));
  perform private.refresh_whose_move(engagement.id);
  return claim;
end
$$;
comment on function public.reopen_warranty_claim(uuid, text) is 'A client user reopens a resolved claim with a reason; work resumes.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.acceptances, public.warranty_claims from public, anon, authenticated;
grant select on public.acceptances, public.warranty_claims to authenticated;
grant select, insert, update, delete on public.acceptances, public.warranty_claims to service_role;

revoke all on function private.sla_response(public.warranty_priority), private.sla_resolution(public.warranty_priority),
  private.lock_warranty_claim(uuid), private.end_client_wait(uuid),
  private.require_claim_handler(public.engagements, public.warranty_claims),
  private.require_claim_status(public.engagements, public.warranty_claims, public.warranty_claim_status[], text, text)
  from public, anon;

revoke all on function public.open_warranty_claim(uuid, text, text),
  public.triage_warranty_claim(uuid, public.warranty_coverage, public.warranty_priority, uuid, text),
  public.assign_warranty_claim(uuid, uuid), public.request_claim_information(uuid, text),
  public.provide_claim_information(uuid, text), public.resolve_warranty_claim(uuid, text),
  public.confirm_warranty_claim(uuid), public.reopen_warranty_claim(uuid, text) from public, anon;
grant execute on function public.open_warranty_claim(uuid, text, text),
  public.triage_warranty_claim(uuid, public.warranty_coverage, public.warranty_priority, uuid, text),
  public.assign_warranty_claim(uuid, uuid), public.request_claim_information(uuid, text),
  public.provide_claim_information(uuid, text), public.resolve_warranty_claim(uuid, text),
  public.confirm_warranty_claim(uuid), public.reopen_warranty_claim(uuid, text) to authenticated, service_role;
