-- Engagements: one client project walked through the seven steps of the general policy, with its
-- append-only event history. Step, state and version change only through workflow functions.

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.engagement_step as enum (
  'request', 'agreement', 'payment', 'implementation', 'completion', 'acceptance', 'warranty'
);
comment on type public.engagement_step is 'The seven steps of the general policy, in order.';

create type public.engagement_state as enum ('active', 'on_hold', 'cancelled', 'closed');
comment on type public.engagement_state is 'Lifecycle apart from the step; only an active engagement moves.';

create type public.engagement_party as enum ('provider', 'client', 'none');
comment on type public.engagement_party is 'Whose move it is: the provider, the client, or nobody.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create sequence private.engagement_code_seq;
comment on sequence private.engagement_code_seq is 'Numbers the human-readable engagement codes (TS-2026-0001).';

create table public.engagements (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^TS-[0-9]{4}-[0-9]{4,}$'),
  client_id uuid not null references public.clients (id),
  account_manager_id uuid references public.staff (user_id),
  title text not null check (length(btrim(title)) > 0),
  description text not null default '',
  step public.engagement_step not null default 'request',
  state public.engagement_state not null default 'active',
  state_reason text,
  version integer not null default 1,
  step_entered_at timestamptz not null default now(),
  package_id uuid references public.service_packages (id),
  agreed_price_vnd bigint check (agreed_price_vnd >= 0),
  accepted_quote_id uuid,
  warranty_starts_at timestamptz,
  warranty_ends_at timestamptz,
  whose_move public.engagement_party not null default 'provider',
  whose_move_reason text not null default 'request_review',
  whose_move_since timestamptz not null default now(),
  provider_wait_seconds bigint not null default 0 check (provider_wait_seconds >= 0),
  client_wait_seconds bigint not null default 0 check (client_wait_seconds >= 0),
  created_by uuid references auth.users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (warranty_ends_at is null or warranty_ends_at >= warranty_starts_at)
);
comment on table public.engagements is 'A client project and where it stands in the seven steps; the unit of the board.';
comment on column public.engagements.version is 'Incremented on every change; transition_engagement refuses a stale expected_version.';
comment on column public.engagements.whose_move is 'Derived from the step and its records by private.refresh_whose_move, never typed in.';
comment on column public.engagements.provider_wait_seconds is 'Closed periods the engagement waited on the provider; the open period runs from whose_move_since.';
comment on column public.engagements.client_wait_seconds is 'Closed periods the engagement waited on the client; the open period runs from whose_move_since.';
create index engagements_client_id_idx on public.engagements (client_id);
-- Also answers "which clients does this account manager serve" from the index alone (client policies).
create index engagements_account_manager_id_client_id_idx on public.engagements (account_manager_id, client_id);
-- Boards read active engagements only; an enum comparison is not leakproof, so under RLS it cannot be
-- an index condition, but this partial index still applies and skips the finished history.
create index engagements_active_board_idx on public.engagements (account_manager_id, step, step_entered_at)
  where state = 'active';
create index engagements_package_id_idx on public.engagements (package_id);
create index engagements_accepted_quote_id_idx on public.engagements (accepted_quote_id);
create index engagements_created_by_idx on public.engagements (created_by);
create index engagements_state_step_idx on public.engagements (state, step);

create table public.engagement_events (
  id bigint generated always as identity primary key,
  engagement_id uuid not null references public.engagements (id),
  actor_id uuid references auth.users (id),
  kind text not null check (kind ~ '^[a-z_]+$'),
  from_step public.engagement_step,
  to_step public.engagement_step,
  note text,
  payload jsonb not null default '{}'::jsonb,
  visible_to_client boolean not null default false,
  created_at timestamptz not null default now()
);
comment on table public.engagement_events is 'Append-only history: every workflow action writes one row in the same transaction.';
create index engagement_events_engagement_id_idx on public.engagement_events (engagement_id, created_at);
create index engagement_events_actor_id_idx on public.engagement_events (actor_id);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.assign_engagement_code() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.code is null then
    new.code := 'TS-' || to_char(coalesce(new.created_at, now()) at time zone 'Asia/Ho_Chi_Minh', 'YYYY')
      || '-' || lpad(nextval('private.engagement_code_seq')::text, 4, '0');
  end if;
  return new;
end
$$;
comment on function private.assign_engagement_code() is 'Gives each new engagement its readable code TS-<year>-<number>.';

create trigger engagements_assign_code before insert on public.engagements
  for each row execute function private.assign_engagement_code();

create or replace function private.begin_engagement_write() returns void
language sql set search_path = '' as $$
  select set_config('tams.engagement_write', txid_current()::text, true)
$$;
comment on function private.begin_engagement_write() is 'Lets the workflow functions change guarded engagement columns in this transaction.';

create or replace function private.end_engagement_write() returns void
language sql set search_path = '' as $$
  select set_config('tams.engagement_write', '', true)
$$;
comment on function private.end_engagement_write() is 'Closes the window opened by begin_engagement_write.';

create or replace function private.guard_engagement_update() returns trigger
language plpgsql set search_path = '' as $$
begin
  if coalesce(current_setting('tams.engagement_write', true), '') <> txid_current()::text
     and (new.id, new.code, new.client_id, new.account_manager_id, new.step, new.state, new.state_reason,
          new.version, new.step_entered_at, new.package_id, new.agreed_price_vnd, new.accepted_quote_id,
          new.warranty_starts_at, new.warranty_ends_at, new.whose_move, new.whose_move_reason,
          new.whose_move_since, new.provider_wait_seconds, new.client_wait_seconds, new.created_by, new.created_at)
       is distinct from
         (old.id, old.code, old.client_id, old.account_manager_id, old.step, old.state, old.state_reason,
          old.version, old.step_entered_at, old.package_id, old.agreed_price_vnd, old.accepted_quote_id,
          old.warranty_starts_at, old.warranty_ends_at, old.whose_move, old.whose_move_reason,
          old.whose_move_since, old.provider_wait_seconds, old.client_wait_seconds, old.created_by, old.created_at)
  then
    raise exception using errcode = 'P0001', message = 'direct_update_forbidden',
      detail = json_build_object('waiting_on', 'none', 'step', old.step)::text,
      hint = 'Step, state, version, agreed terms and warranty dates change only through the workflow functions.';
  end if;
  -- One workflow action may update the row several times; it is still one change.
  if old.updated_at is distinct from now() then
    new.version := old.version + 1;
  end if;
  new.updated_at := now();
  return new;
end
$$;
comment on function private.guard_engagement_update() is 'Nobody, admin or service role included, changes workflow columns by a direct UPDATE; every changing transaction bumps version once.';

create trigger engagements_guard_update before update on public.engagements
  for each row execute function private.guard_engagement_update();

create or replace function private.refuse_history_change() returns trigger
language plpgsql set search_path = '' as $$
begin
  raise exception using errcode = 'P0001', message = 'append_only',
    detail = json_build_object('waiting_on', 'none', 'table', tg_table_name)::text,
    hint = 'This history is append-only: rows can be added, never changed or removed.';
end
$$;
comment on function private.refuse_history_change() is 'Makes history tables append-only for every role, service role and owner included.';

create trigger engagement_events_append_only before update or delete on public.engagement_events
  for each row execute function private.refuse_history_change();
create trigger engagement_events_no_truncate before truncate on public.engagement_events
  for each statement execute function private.refuse_history_change();

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.my_managed_engagement_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return query select e.id from public.engagements e where e.account_manager_id = (select auth.uid());
end
$$;
comment on function private.my_managed_engagement_ids() is 'Engagements the caller is the assigned account manager of.';

create or replace function private.my_client_engagement_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return query select e.id from public.engagements e
  where e.client_id in (select m.client_id from public.client_members m where m.user_id = (select auth.uid()));
end
$$;
comment on function private.my_client_engagement_ids() is 'Engagements of the clients the caller acts for.';

create or replace function private.my_managed_client_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  -- A skip scan of engagements (account_manager_id, client_id): one index probe per client instead
  -- of reading every engagement of the caller's history.
  return query
  with recursive managed (client_id) as (
    (select e.client_id from public.engagements e
     where e.account_manager_id = (select auth.uid()) order by e.client_id limit 1)
    union all
    select (select e.client_id from public.engagements e
            where e.account_manager_id = (select auth.uid()) and e.client_id > managed.client_id
            order by e.client_id limit 1)
    from managed where managed.client_id is not null
  )
  select managed.client_id from managed where managed.client_id is not null;
end
$$;
comment on function private.my_managed_client_ids() is 'Clients of the engagements the caller manages as account manager.';

create or replace function private.account_manager_contacts()
returns table (user_id uuid, full_name text, email text)
language plpgsql stable security definer set search_path = '' rows 5 as $$
begin
  return query select s.user_id, s.full_name, s.email from public.staff s
  where exists (
    select 1 from public.engagements e
    where e.account_manager_id = s.user_id and e.client_id = any (array(select private.my_client_ids()))
  );
end
$$;
comment on function private.account_manager_contacts()
  is 'Name and email of the account managers of the caller''s client engagements; empty for staff and users without a client.';

create or replace function private.refuse(code text, waiting_on text, hint text, details jsonb default '{}'::jsonb)
returns void
language plpgsql set search_path = '' as $$
begin
  raise exception using errcode = 'P0001', message = refuse.code,
    detail = (jsonb_build_object('waiting_on', refuse.waiting_on) || coalesce(refuse.details, '{}'::jsonb))::text,
    hint = refuse.hint;
end
$$;
comment on function private.refuse(text, text, text, jsonb) is 'Raises a refusal with a stable code (message), who must act (detail.waiting_on) and an English sentence (hint).';

create or replace function private.actor_role(engagement public.engagements) returns text
language plpgsql stable security definer set search_path = '' as $$
declare
  uid uuid := (select auth.uid());
  member_role public.client_member_role;
begin
  if uid is null then
    return null;
  end if;
  if (select private.is_manager()) then
    return 'manager';
  end if;
  if actor_role.engagement.account_manager_id = uid and (select private.is_staff()) then
    return 'account_manager';
  end if;
  select m.role into member_role from public.client_members m
  where m.client_id = actor_role.engagement.client_id and m.user_id = uid;
  return member_role::text;
end
$$;
comment on function private.actor_role(public.engagements) is 'How the caller relates to an engagement: manager, account_manager, approver, member or null.';

create or replace function private.lock_engagement(engagement_id uuid, expected_version integer default null)
returns public.engagements
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements;
begin
  if (select auth.uid()) is null then
    perform private.refuse('not_authenticated', 'none', 'Sign in to act on an engagement.');
  end if;
  select e.* into engagement from public.engagements e where e.id = lock_engagement.engagement_id for update;
  if not found or private.actor_role(engagement) is null then
    perform private.refuse('engagement_not_found', 'none', 'This engagement does not exist or is not visible to you.');
  end if;
  if lock_engagement.expected_version is not null and engagement.version <> lock_engagement.expected_version then
    perform private.refuse('version_conflict', 'none',
      'Someone else changed this engagement first; reload it and try again.',
      jsonb_build_object('step', engagement.step, 'current_version', engagement.version,
                         'expected_version', lock_engagement.expected_version));
  end if;
  return engagement;
end
$$;
comment on function private.lock_engagement(uuid, integer) is 'Locks a visible engagement for the rest of the transaction and checks optimistic concurrency.';

create or replace function private.require_provider(engagement public.engagements) returns text
language plpgsql stable set search_path = '' as $$
declare
  role text := private.actor_role(require_provider.engagement);
begin
  if role is distinct from 'manager' and role is distinct from 'account_manager' then
    perform private.refuse('not_provider_actor', 'provider',
      'Only the assigned account manager or a manager can do this.',
      jsonb_build_object('step', require_provider.engagement.step, 'required_role', 'account_manager'));
  end if;
  return role;
end
$$;
comment on function private.require_provider(public.engagements) is 'Refuses unless the caller is the assigned account manager, a manager or an admin.';

create or replace function private.require_manager(engagement public.engagements) returns void
language plpgsql stable set search_path = '' as $$
begin
  if private.actor_role(require_manager.engagement) is distinct from 'manager' then
    perform private.refuse('not_manager', 'provider', 'Only a manager or an admin can do this.',
      jsonb_build_object('step', require_manager.engagement.step, 'required_role', 'manager'));
  end if;
end
$$;
comment on function private.require_manager(public.engagements) is 'Refuses unless the caller is a manager or an admin.';

create or replace function private.require_client(engagement public.engagements, approver boolean default false)
returns text
language plpgsql stable set search_path = '' as $$
declare
  role text := private.actor_role(require_client.engagement);
begin
  if require_client.approver and role is distinct from 'approver' then
    perform private.refuse('not_client_approver', 'client', 'Only the client''s approver can do this.',
      jsonb_build_object('step', require_client.engagement.step, 'required_role', 'approver'));
  end if;
  if role is distinct from 'approver' and role is distinct from 'member' then
    perform private.refuse('not_client_member', 'client', 'Only the client''s own users can do this.',
      jsonb_build_object('step', require_client.engagement.step, 'required_role', 'member'));
  end if;
  return role;
end
$$;
comment on function private.require_client(public.engagements, boolean) is 'Refuses unless the caller acts for the engagement''s client (as approver when asked).';

create or replace function private.require_active(engagement public.engagements) returns void
language plpgsql stable set search_path = '' as $$
begin
  if require_active.engagement.state <> 'active' then
    perform private.refuse('engagement_not_active', 'provider',
      'The engagement is ' || require_active.engagement.state || '; a manager must reactivate it first.',
      jsonb_build_object('step', require_active.engagement.step, 'state', require_active.engagement.state));
  end if;
end
$$;
comment on function private.require_active(public.engagements) is 'Refuses workflow actions on engagements that are on hold, cancelled or closed.';

create or replace function private.require_step(engagement public.engagements, steps public.engagement_step[])
returns void
language plpgsql stable set search_path = '' as $$
begin
  if not (require_step.engagement.step = any (require_step.steps)) then
    perform private.refuse('wrong_step', require_step.engagement.whose_move::text,
      'This cannot be done while the engagement is in step ' || require_step.engagement.step || '.',
      jsonb_build_object('step', require_step.engagement.step, 'allowed_steps', to_jsonb(require_step.steps)));
  end if;
end
$$;
comment on function private.require_step(public.engagements, public.engagement_step[]) is 'Refuses an action that does not belong to the engagement''s current step.';

create or replace function private.require_text(value text, code text, waiting_on text, hint text) returns text
language plpgsql immutable set search_path = '' as $$
begin
  if require_text.value is null or length(btrim(require_text.value)) = 0 then
    perform private.refuse(require_text.code, require_text.waiting_on, require_text.hint);
  end if;
  return btrim(require_text.value);
end
$$;
comment on function private.require_text(text, text, text, text) is 'Refuses an empty reason, description or title with the given code.';

create or replace function private.log_event(
  engagement_id uuid, kind text, visible_to_client boolean, note text default null,
  payload jsonb default '{}'::jsonb, from_step public.engagement_step default null,
  to_step public.engagement_step default null
) returns bigint
language plpgsql security definer set search_path = '' as $$
declare
  event_id bigint;
begin
  insert into public.engagement_events (engagement_id, actor_id, kind, from_step, to_step, note, payload, visible_to_client)
  values (log_event.engagement_id, (select auth.uid()), log_event.kind, log_event.from_step, log_event.to_step,
          log_event.note, coalesce(log_event.payload, '{}'::jsonb), log_event.visible_to_client)
  returning id into event_id;
  return event_id;
end
$$;
comment on function private.log_event(uuid, text, boolean, text, jsonb, public.engagement_step, public.engagement_step)
  is 'Writes the one engagement_events row of a workflow action.';

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.engagements enable row level security;
alter table public.engagement_events enable row level security;

create policy "Engagements are visible to managers" on public.engagements
  for select to authenticated using ((select private.is_manager()));
create policy "Engagements are visible to their account manager" on public.engagements
  for select to authenticated using (account_manager_id = (select auth.uid()));
create policy "Engagements are visible to their client's members" on public.engagements
  for select to authenticated using (client_id = any (array(select private.my_client_ids())));

create policy "Engagement events are visible to managers" on public.engagement_events
  for select to authenticated using ((select private.is_manager()));
create policy "Engagement events are visible to their account manager" on public.engagement_events
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Client-visible events are visible to the client's members" on public.engagement_events
  for select to authenticated
  using (visible_to_client and engagement_id = any (array(select private.my_client_engagement_ids())));

-- An account manager may serve dozens of clients: `in (select ...)` builds one hash of them per
-- statement, where `= any (array(...))` would search the array once per client row.
create policy "Clients are visible to their engagements' account managers" on public.clients
  for select to authenticated using (id in (select private.my_managed_client_ids()));
create policy "Client members are visible to their clients' account managers" on public.client_members
  for select to authenticated using (client_id in (select private.my_managed_client_ids()));

-- =========================================================================================
-- Views
-- =========================================================================================
-- Staff rows are visible to staff only (column privileges cannot differ per row); a client user
-- reads the name and email of their account managers here and nothing else about staff.
create view public.account_manager_contacts with (security_invoker = true) as
select c.user_id, c.full_name, c.email from private.account_manager_contacts() c;
comment on view public.account_manager_contacts
  is 'A client user''s directory of the provider: name and email of the account managers of their engagements.';

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.create_engagement(
  client_id uuid, title text, description text default null, account_manager_id uuid default null
) returns public.engagements
language plpgsql security definer set search_path = '' as $$
declare
  uid uuid := (select auth.uid());
  manager_id uuid := create_engagement.account_manager_id;
  clean_title text;
  created public.engagements;
begin
  if uid is null then
    perform private.refuse('not_authenticated', 'none', 'Sign in to create an engagement.');
  end if;
  if not exists (select 1 from public.clients c where c.id = create_engagement.client_id) then
    perform private.refuse('client_not_found', 'none', 'This client does not exist.');
  end if;
  if (select private.is_staff()) then
    if not (select private.is_manager()) then
      if manager_id is not null and manager_id <> uid then
        perform private.refuse('not_manager', 'provider', 'Only a manager can assign another account manager.',
          jsonb_build_object('required_role', 'manager'));
      end if;
      manager_id := uid;
    end if;
  elsif create_engagement.client_id = any (array(select private.my_client_ids())) then
    if manager_id is not null then
      perform private.refuse('not_manager', 'provider', 'Only a manager can assign the account manager.',
        jsonb_build_object('required_role', 'manager'));
    end if;
  else
    perform private.refuse('not_client_member', 'client', 'Only staff or the client''s own users can open an engagement.');
  end if;
  if manager_id is not null and not exists (select 1 from public.staff s where s.user_id = manager_id and s.active) then
    perform private.refuse('not_staff', 'provider', 'The account manager must be active staff.');
  end if;
  clean_title := private.require_text(create_engagement.title, 'title_required', 'client', 'Give the engagement a title.');

  insert into public.engagements (client_id, account_manager_id, title, description, created_by)
  values (create_engagement.client_id, manager_id, clean_title, coalesce(create_engagement.description, ''), uid)
  returning * into created;
  perform private.log_event(created.id, 'engagement_created', true, null,
    jsonb_build_object('code', created.code), null, 'request');
  perform private.refresh_whose_move(created.id);
  select e.* into created from public.engagements e where e.id = created.id;
  return created;
end
$$;
comment on function public.create_engagement(uuid, text, text, uuid) is 'Opens an engagement in step request, for a client user''s own client or by staff.';

create or replace function public.assign_account_manager(
  engagement_id uuid, account_manager_id uuid, expected_version integer default null
) returns public.engagements
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(assign_account_manager.engagement_id, assign_account_manager.expected_version);
begin
  perform private.require_manager(engagement);
  if engagement.state in ('cancelled', 'closed') then
    perform private.refuse('engagement_finished', 'none', 'This engagement is finished and cannot change.',
      jsonb_build_object('step', engagement.step, 'state', engagement.state));
  end if;
  if not exists (select 1 from public.staff s where s.user_id = assign_account_manager.account_manager_id and s.active) then
    perform private.refuse('not_staff', 'provider', 'The account manager must be active staff.',
      jsonb_build_object('step', engagement.step));
  end if;
  perform private.begin_engagement_write();
  update public.engagements e set account_manager_id = assign_account_manager.account_manager_id
  where e.id = engagement.id;
  perform private.end_engagement_write();
  perform private.log_event(engagement.id, 'account_manager_assigned', true, null,
    jsonb_build_object('from', engagement.account_manager_id, 'to', assign_account_manager.account_manager_id));
  perform private.refresh_whose_move(engagement.id);
  select e.* into engagement from public.engagements e where e.id = assign_account_manager.engagement_id;
  return engagement;
end
$$;
comment on function public.assign_account_manager(uuid, uuid, integer) is 'Managers assign or reassign the engagement''s account manager.';

create or replace function public.change_engagement_state(
  engagement_id uuid, to_state public.engagement_state, reason text, expected_version integer default null
) returns public.engagements
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(change_engagement_state.engagement_id, change_engagement_state.expected_version);
  clean_reason text;
  from_state public.engagement_state := engagement.state;
begin
  perform private.require_manager(engagement);
  clean_reason := private.require_text(change_engagement_state.reason, 'reason_required', 'provider',
    'Say why the engagement''s state changes.');
  if from_state in ('cancelled', 'closed') then
    perform private.refuse('engagement_finished', 'none', 'This engagement is finished and cannot change.',
      jsonb_build_object('step', engagement.step, 'state', from_state));
  end if;
  if change_engagement_state.to_state = from_state then
    perform private.refuse('invalid_state_change', 'none', 'The engagement is already ' || from_state || '.',
      jsonb_build_object('step', engagement.step, 'state', from_state));
  end if;
  if change_engagement_state.to_state = 'closed'
     and (engagement.step <> 'warranty' or engagement.warranty_ends_at is null or engagement.warranty_ends_at > now()) then
    perform private.refuse('warranty_not_ended', 'none',
      'An engagement is closed only in the warranty step, after its warranty period has ended; cancel it instead.',
      jsonb_build_object('step', engagement.step, 'warranty_ends_at', engagement.warranty_ends_at));
  end if;
  perform private.begin_engagement_write();
  update public.engagements e
  set state = change_engagement_state.to_state, state_reason = clean_reason
  where e.id = engagement.id;
  perform private.end_engagement_write();
  perform private.log_event(engagement.id, 'state_changed', true, clean_reason,
    jsonb_build_object('from_state', from_state, 'to_state', change_engagement_state.to_state));
  perform private.refresh_whose_move(engagement.id);
  select e.* into engagement from public.engagements e where e.id = change_engagement_state.engagement_id;
  return engagement;
end
$$;
comment on function public.change_engagement_state(uuid, public.engagement_state, text, integer) is 'Managers put an engagement on hold, reactivate, cancel or close it, always with a reason.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.engagements, public.engagement_events, public.account_manager_contacts from public, anon, authenticated;
grant select on public.engagements, public.engagement_events, public.account_manager_contacts to authenticated;
grant select on public.account_manager_contacts to service_role;
grant select, insert, delete on public.engagements to service_role;
grant update (title, description) on public.engagements to service_role;
grant select, insert on public.engagement_events to service_role;
revoke all on sequence private.engagement_code_seq from public, anon, authenticated;

revoke all on function private.assign_engagement_code(), private.begin_engagement_write(), private.end_engagement_write(),
  private.guard_engagement_update(), private.refuse_history_change(), private.my_managed_engagement_ids(),
  private.my_client_engagement_ids(), private.my_managed_client_ids(), private.account_manager_contacts(),
  private.refuse(text, text, text, jsonb), private.actor_role(public.engagements),
  private.lock_engagement(uuid, integer), private.require_provider(public.engagements),
  private.require_manager(public.engagements), private.require_client(public.engagements, boolean),
  private.require_active(public.engagements), private.require_text(text, text, text, text),
  private.require_step(public.engagements, public.engagement_step[]),
  private.log_event(uuid, text, boolean, text, jsonb, public.engagement_step, public.engagement_step)
  from public, anon;
grant execute on function private.my_managed_engagement_ids(), private.my_client_engagement_ids(),
  private.my_managed_client_ids(), private.account_manager_contacts() to authenticated, service_role;

revoke all on function public.create_engagement(uuid, text, text, uuid),
  public.assign_account_manager(uuid, uuid, integer),
  public.change_engagement_state(uuid, public.engagement_state, text, integer) from public, anon;
grant execute on function public.create_engagement(uuid, text, text, uuid),
  public.assign_account_manager(uuid, uuid, integer),
  public.change_engagement_state(uuid, public.engagement_state, text, integer) to authenticated, service_role;
