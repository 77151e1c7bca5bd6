-- Requirements: information the provider asks for and the client provides and confirms (C1, C2).

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.requirement_status as enum ('requested', 'provided', 'confirmed');
comment on type public.requirement_status is 'requested by the provider -> provided by the client -> confirmed accurate by the client.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.requirements (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  title text not null check (length(btrim(title)) > 0),
  description text not null default '',
  status public.requirement_status not null default 'requested',
  requested_by uuid references auth.users (id),
  requested_at timestamptz not null default now(),
  response text,
  provided_by uuid references auth.users (id),
  provided_at timestamptz,
  confirmed_by uuid references auth.users (id),
  confirmed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.requirements is 'Information items the client owes; the client''s confirmation of their accuracy is recorded (C2).';
create index requirements_engagement_id_idx on public.requirements (engagement_id, status);
create index requirements_requested_by_idx on public.requirements (requested_by);
create index requirements_provided_by_idx on public.requirements (provided_by);
create index requirements_confirmed_by_idx on public.requirements (confirmed_by);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create trigger requirements_set_updated_at before update on public.requirements
  for each row execute function private.set_updated_at();

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.requirements enable row level security;

create policy "Requirements are visible to managers" on public.requirements
  for select to authenticated using ((select private.is_manager()));
create policy "Requirements are visible to their account manager" on public.requirements
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Requirements are visible to the client's members" on public.requirements
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.request_requirement(engagement_id uuid, title text, description text default null)
returns public.requirements
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(request_requirement.engagement_id);
  requirement public.requirements;
  clean_title text;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  perform private.require_step(engagement,
    array['request', 'agreement', 'payment', 'implementation']::public.engagement_step[]);
  clean_title := private.require_text(request_requirement.title, 'title_required', 'provider', 'Name the information you need.');
  insert into public.requirements (engagement_id, title, description, requested_by)
  values (engagement.id, clean_title, coalesce(btrim(request_requirement.description), ''), (select auth.uid()))
  returning * into requirement;
  perform private.log_event(engagement.id, 'requirement_requested', true, clean_title,
    jsonb_build_object('requirement_id', requirement.id));
  perform private.refresh_whose_move(engagement.id);
  return requirement;
end
$$;
comment on function public.request_requirement(uuid, text, text) is 'The provider asks the client for an information item (C1).';

create or replace function public.provide_requirement(requirement_id uuid, response text) returns public.requirements
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select r.engagement_id from public.requirements r where r.id = provide_requirement.requirement_id));
  requirement public.requirements;
  clean_response text;
begin
  perform private.require_client(engagement);
  perform private.require_active(engagement);
  select r.* into requirement from public.requirements r where r.id = provide_requirement.requirement_id for update;
  if requirement.status = 'confirmed' then
    perform private.refuse('requirement_already_confirmed', 'none', 'This item is already confirmed.',
      jsonb_build_object('step', engagement.step));
  end if;
  clean_response := private.require_text(provide_requirement.response, 'response_required', 'client',
    'Write the requested information.');
  update public.requirements r
  set status = 'provided', response = clean_response, provided_by = (select auth.uid()), provided_at = now()
  where r.id = requirement.id
  returning * into requirement;
  perform private.log_event(engagement.id, 'requirement_provided', true, requirement.title,
    jsonb_build_object('requirement_id', requirement.id));
  perform private.refresh_whose_move(engagement.id);
  return requirement;
end
$$;
comment on function public.provide_requirement(uuid, text) is 'A client user provides a requested information item.';

create or replace function public.confirm_requirement(requirement_id uuid) returns public.requirements
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select r.engagement_id from public.requirements r where r.id = confirm_requirement.requirement_id));
  requirement public.requirements;
begin
  perform private.require_client(engagement);
  perform private.require_active(engagement);
  select r.* into requirement from public.requirements r where r.id = confirm_requirement.requirement_id for update;
  if requirement.status <> 'provided' then
    perform private.refuse('requirement_not_provided', 'client', 'Provide the information before confirming it.',
      jsonb_build_object('step', engagement.step, 'requirement_status', requirement.status));
  end if;
  update public.requirements r
  set status = 'confirmed', confirmed_by = (select auth.uid()), confirmed_at = now()
  where r.id = requirement.id
  returning * into requirement;
  perform private.log_event(engagement.id, 'requirement_confirmed', true, requirement.title,
    jsonb_build_object('requirement_id', requirement.id));
  perform private.refresh_whose_move(engagement.id);
  return requirement;
end
$$;
comment on function public.confirm_requirement(uuid) is 'A client user confirms the provided information is accurate; the confirmation is recorded (C2).';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.requirements from public, anon, authenticated;
grant select on public.requirements to authenticated;
grant select, insert, update, delete on public.requirements to service_role;

revoke all on function public.request_requirement(uuid, text, text), public.provide_requirement(uuid, text),
  public.confirm_requirement(uuid) from public, anon;
grant execute on function public.request_requirement(uuid, text, text), public.provide_requirement(uuid, text),
  public.confirm_requirement(uuid) to authenticated, service_role;
