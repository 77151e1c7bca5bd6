-- Change requests: the client asks in writing, the provider quotes extra price and days, the client's
-- approver approves (creating an extra payment) or rejects (C4, C6, P1).

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.change_request_status as enum ('submitted', 'quoted', 'approved', 'rejected', 'done');
comment on type public.change_request_status is 'submitted -> quoted -> approved -> done, or rejected by the client''s approver.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.change_requests (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  title text not null check (length(btrim(title)) > 0),
  description text not null check (length(btrim(description)) > 0),
  status public.change_request_status not null default 'submitted',
  submitted_by uuid references auth.users (id),
  submitted_at timestamptz not null default now(),
  extra_price_vnd bigint check (extra_price_vnd >= 0),
  extra_days integer check (extra_days >= 0),
  quote_note text,
  quoted_by uuid references auth.users (id),
  quoted_at timestamptz,
  decided_by uuid references auth.users (id),
  decided_at timestamptz,
  decision_reason text,
  payment_id uuid references public.payments (id),
  completed_by uuid references auth.users (id),
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status in ('submitted', 'rejected') or extra_price_vnd is not null)
);
comment on table public.change_requests is 'Written requests for changes or extra services; approval adds a change_request payment.';
create index change_requests_engagement_id_idx on public.change_requests (engagement_id, status);
create index change_requests_submitted_by_idx on public.change_requests (submitted_by);
create index change_requests_quoted_by_idx on public.change_requests (quoted_by);
create index change_requests_decided_by_idx on public.change_requests (decided_by);
create index change_requests_payment_id_idx on public.change_requests (payment_id);
create index change_requests_completed_by_idx on public.change_requests (completed_by);

alter table public.payments
  add constraint payments_change_request_id_fkey foreign key (change_request_id) references public.change_requests (id);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create trigger change_requests_set_updated_at before update on public.change_requests
  for each row execute function private.set_updated_at();

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.lock_change_request(change_request_id uuid, out engagement public.engagements,
  out change_request public.change_requests)
language plpgsql security definer set search_path = '' as $$
begin
  engagement := private.lock_engagement(
    (select c.engagement_id from public.change_requests c where c.id = lock_change_request.change_request_id));
  select c.* into change_request from public.change_requests c where c.id = lock_change_request.change_request_id for update;
end
$$;
comment on function private.lock_change_request(uuid) is 'Locks a visible engagement, then its change request (always in that order).';

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.change_requests enable row level security;

create policy "Change requests are visible to managers" on public.change_requests
  for select to authenticated using ((select private.is_manager()));
create policy "Change requests are visible to their account manager" on public.change_requests
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Change requests are visible to the client's members" on public.change_requests
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.submit_change_request(engagement_id uuid, title text, description text)
returns public.change_requests
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(submit_change_request.engagement_id);
  change_request public.change_requests;
  clean_title text;
  clean_description text;
begin
  perform private.require_client(engagement);
  perform private.require_active(engagement);
  perform private.require_step(engagement,
    array['payment', 'implementation', 'completion', 'acceptance', 'warranty']::public.engagement_step[]);
  clean_title := private.require_text(submit_change_request.title, 'title_required', 'client', 'Give the change a title.');
  clean_description := private.require_text(submit_change_request.description, 'description_required', 'client',
    'Describe the change in writing.');
  insert into public.change_requests (engagement_id, title, description, submitted_by)
  values (engagement.id, clean_title, clean_description, (select auth.uid()))
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_submitted', true, clean_title,
    jsonb_build_object('change_request_id', change_request.id));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.submit_change_request(uuid, text, text) is 'A client user asks in writing for a change or extra service (C6).';

create or replace function public.quote_change_request(
  change_request_id uuid, extra_price_vnd bigint, extra_days integer, note text default null
) returns public.change_requests
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_change_request(quote_change_request.change_request_id);
  engagement public.engagements := locked.engagement;
  change_request public.change_requests := locked.change_request;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  if change_request.status not in ('submitted', 'quoted') then
    perform private.refuse('change_request_not_open', 'none', 'Only a submitted or quoted change request can be quoted.',
      jsonb_build_object('step', engagement.step, 'change_request_status', change_request.status));
  end if;
  if quote_change_request.extra_price_vnd is null or quote_change_request.extra_price_vnd < 0
     or quote_change_request.extra_days is null or quote_change_request.extra_days < 0 then
    perform private.refuse('invalid_amount', 'provider', 'Give a non-negative extra price in VND and extra days.',
      jsonb_build_object('step', engagement.step));
  end if;
  update public.change_requests c
  set status = 'quoted', extra_price_vnd = quote_change_request.extra_price_vnd, extra_days = quote_change_request.extra_days,
      quote_note = nullif(btrim(quote_change_request.note), ''), quoted_by = (select auth.uid()), quoted_at = now()
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_quoted', true, change_request.quote_note,
    jsonb_build_object('change_request_id', change_request.id, 'extra_price_vnd', change_request.extra_price_vnd,
                       'extra_days', change_request.extra_days));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.quote_change_request(uuid, bigint, integer, text) is 'The assigned account manager or a manager quotes extra price and days for a change request.';

create or replace function public.approve_change_request(change_request_id uuid) returns public.change_requests
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_change_request(approve_change_request.change_request_id);
  engagement public.engagements := locked.engagement;
  change_request public.change_requests := locked.change_request;
  new_payment_id uuid;
begin
  perform private.require_client(engagement, true);
  perform private.require_active(engagement);
  if change_request.status <> 'quoted' then
    perform private.refuse('change_request_not_quoted', 'provider', 'The provider must quote the change request first.',
      jsonb_build_object('step', engagement.step, 'change_request_status', change_request.status));
  end if;
  if change_request.extra_price_vnd > 0 then
    insert into public.payments (engagement_id, kind, label, amount_vnd, due_before_start, change_request_id)
    values (engagement.id, 'change_request', 'Thay đổi: ' || change_request.title, change_request.extra_price_vnd,
            false, change_request.id)
    returning id into new_payment_id;
  end if;
  update public.change_requests c
  set status = 'approved', decided_by = (select auth.uid()), decided_at = now(), payment_id = new_payment_id
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_approved', true, null,
    jsonb_build_object('change_request_id', change_request.id, 'payment_id', new_payment_id,
                       'extra_price_vnd', change_request.extra_price_vnd));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.approve_change_request(uuid) is 'The client''s approver approves a quoted change; a change_request payment is created for any extra price.';

create or replace function public.reject_change_request(change_request_id uuid, reason text) returns public.change_requests
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_change_request(reject_change_request.change_request_id);
  engagement public.engagements := locked.engagement;
  change_request public.change_requests := locked.change_request;
  clean_reason text;
begin
  perform private.require_client(engagement, true);
  perform private.require_active(engagement);
  if change_request.status not in ('submitted', 'quoted') then
    perform private.refuse('change_request_not_open', 'none', 'Only a submitted or quoted change request can be rejected.',
      jsonb_build_object('step', engagement.step, 'change_request_status', change_request.status));
  end if;
  clean_reason := private.require_text(reject_change_request.reason, 'reason_required', 'client',
    'Say why the change request is rejected.');
  update public.change_requests c
  set status = 'rejected', decided_by = (select auth.uid()), decided_at = now(), decision_reason = clean_reason
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_rejected', true, clean_reason,
    jsonb_build_object('change_request_id', change_request.id));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.reject_change_request(uuid, text) is 'The client''s approver rejects (or withdraws) a change request with a reason.';

create or replace function public.complete_change_request(change_request_id uuid, note text default null)
returns public.change_requests
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_change_request(complete_change_request.change_request_id);
  engagement public.engagements := locked.engagement;
  change_request public.change_requests := locked.change_request;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  if change_request.status <> 'approved' then
    perform private.refuse('change_request_not_approved', 'client', 'Only an approved change request can be completed.',
      jsonb_build_object('step', engagement.step, 'change_request_status', change_request.status));
  end if;
  update public.change_requests c
  set status = 'done', completed_by = (select auth.uid()), completed_at = now()
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_done', true, nullif(btrim(complete_change_request.note), ''),
    jsonb_build_object('change_request_id', change_request.id));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.complete_change_request(uuid, text) is 'The provider marks an approved change delivered; implementation cannot finish while one is open.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.change_requests from public, anon, authenticated;
grant select on public.change_requests to authenticated;
grant select, insert, update, delete on public.change_requests to service_role;

revoke all on function private.lock_change_request(uuid) from public, anon;
revoke all on function public.submit_change_request(uuid, text, text),
  public.quote_change_request(uuid, bigint, integer, text), public.approve_change_request(uuid),
  public.reject_change_request(uuid, text), public.complete_change_request(uuid, text) from public, anon;
grant execute on function public.submit_change_request(uuid, text, text),
  public.quote_change_request(uuid, bigint, integer, text), public.approve_change_request(uuid),
  public.reject_change_request(uuid, text), public.complete_change_request(uuid, text) to authenticated, service_role;
