-- Administration: archived clients, who may change roles and activity (never one's own), what a
-- staff member's deactivation does to their engagements, and the append-only log of every
-- administrative change (who, what, before and after).

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.clients add column archived_at timestamptz;
comment on column public.clients.archived_at is
  'When an admin archived the client; an archived client keeps its history but gets no new engagement.';

create table public.admin_audit_log (
  id bigint generated always as identity primary key,
  table_name text not null,
  record_id text not null,
  action text not null check (action in ('insert', 'update', 'delete')),
  actor_id uuid,
  actor_name text,
  before jsonb,
  after jsonb,
  created_at timestamptz not null default now()
);
comment on table public.admin_audit_log is
  'Append-only record of every administrative change (clients, staff, client members, packages, company settings, invitations): who, what, before and after.';
comment on column public.admin_audit_log.actor_id is
  'The signed-in user who made the change; null for the service role and migrations. No foreign key: the record outlives the user.';
comment on column public.admin_audit_log.actor_name is
  'The actor''s name when the change was made (staff or client user), so the log reads the same after they leave.';
comment on column public.admin_audit_log.record_id is
  'The changed row''s key: its id, a staff user id, `<client_id>/<user_id>` for a client member, `company` for the settings row.';
create index admin_audit_log_created_at_idx on public.admin_audit_log (created_at desc, id desc);
create index admin_audit_log_record_idx on public.admin_audit_log (table_name, record_id);
create index admin_audit_log_actor_id_idx on public.admin_audit_log (actor_id);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.audit_record_id(table_name text, snapshot jsonb) returns text
language sql immutable set search_path = '' as $$
  select case audit_record_id.table_name
    when 'staff' then audit_record_id.snapshot ->> 'user_id'
    when 'client_members' then (audit_record_id.snapshot ->> 'client_id') || '/' || (audit_record_id.snapshot ->> 'user_id')
    when 'company_settings' then 'company'
    else audit_record_id.snapshot ->> 'id'
  end
$$;
comment on function private.audit_record_id(text, jsonb) is 'The key an audit row names its changed row by.';

create or replace function private.record_admin_change() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  before_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  after_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  actor uuid := (select auth.uid());
begin
  if tg_table_name = 'staff' then
    -- A staff member's phone is readable by nobody through the API; the log does not reveal it either.
    before_row := before_row - 'phone';
    after_row := after_row - 'phone';
  end if;
  if tg_table_name = 'invitations' then
    -- An invitation's secret never reaches the log's readers.
    before_row := before_row - 'token' - 'token_hash';
    after_row := after_row - 'token' - 'token_hash';
  end if;
  if tg_op = 'UPDATE' and (before_row - 'updated_at') = (after_row - 'updated_at') then
    return null;
  end if;
  insert into public.admin_audit_log (table_name, record_id, action, actor_id, actor_name, before, after)
  values (tg_table_name, private.audit_record_id(tg_table_name, coalesce(after_row, before_row)), lower(tg_op),
          actor,
          coalesce((select s.full_name from public.staff s where s.user_id = actor),
                   (select m.full_name from public.client_members m where m.user_id = actor order by m.client_id limit 1)),
          before_row, after_row);
  return null;
end
$$;
comment on function private.record_admin_change() is
  'Writes one admin_audit_log row per changed row of an administrative table, in the same transaction; a no-op update writes none.';

create trigger clients_record_admin_change after insert or update or delete on public.clients
  for each row execute function private.record_admin_change();
create trigger staff_record_admin_change after insert or update or delete on public.staff
  for each row execute function private.record_admin_change();
create trigger client_members_record_admin_change after insert or update or delete on public.client_members
  for each row execute function private.record_admin_change();
create trigger service_packages_record_admin_change after insert or update or delete on public.service_packages
  for each row execute function private.record_admin_change();
create trigger company_settings_record_admin_change after insert or update or delete on public.company_settings
  for each row execute function private.record_admin_change();
-- Invitations exist once their migration (an earlier timestamp) is in.
do $$
begin
  if to_regclass('public.invitations') is not null then
    create trigger invitations_record_admin_change after insert or update or delete on public.invitations
      for each row execute function private.record_admin_change();
  end if;
end
$$;

create trigger admin_audit_log_append_only before update or delete on public.admin_audit_log
  for each row execute function private.refuse_history_change();

create or replace function private.begin_role_change() returns void
language sql set search_path = '' as $$
  select set_config('tams.role_change', txid_current()::text, true)
$$;
comment on function private.begin_role_change() is
  'Lets a security definer function (accepting an invitation) set a role or activity the guard would refuse, in this transaction only.';

create or replace function private.guard_role_change() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  uid uuid := (select auth.uid());
begin
  -- The service role and migrations act for nobody in particular; every signed-in change is checked,
  -- except inside a window a trusted function opened (accepting an invitation gives the invitee
  -- the invited role on their own row).
  if uid is null or (new.role is not distinct from old.role and new.active is not distinct from old.active)
     or coalesce(current_setting('tams.role_change', true), '') = txid_current()::text then
    return new;
  end if;
  if new.user_id = uid then
    perform private.refuse('own_role', 'none', 'Nobody changes their own role or deactivates themselves; ask another administrator.',
      jsonb_build_object('table', tg_table_name));
  end if;
  if tg_table_name = 'staff' and not (select private.is_admin()) then
    perform private.refuse('not_admin', 'provider', 'Only an administrator changes a staff member''s role or deactivates them.');
  end if;
  if tg_table_name = 'client_members' then
    -- A staff row has no client_id: only read it for client members.
    if not ((select private.is_manager())
            or (to_jsonb(new) ->> 'client_id')::uuid = any (array(select private.my_approver_client_ids()))) then
      perform private.refuse('not_client_admin', 'client', 'Only the client''s approver or a manager changes a client user''s role.');
    end if;
  end if;
  return new;
end
$$;
comment on function private.guard_role_change() is
  'Roles and activity change only by those allowed (staff: admins; client users: managers and the client''s approvers), never one''s own, whatever the policies let through.';

create trigger staff_guard_role_change before update of role, active on public.staff
  for each row execute function private.guard_role_change();
create trigger client_members_guard_role_change before update of role, active on public.client_members
  for each row execute function private.guard_role_change();

create or replace function private.release_engagements_of_inactive_staff() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  engagement record;
begin
  for engagement in
    select e.id from public.engagements e
    where e.account_manager_id = new.user_id and e.state in ('active', 'on_hold')
    order by e.id for update
  loop
    perform private.begin_engagement_write();
    update public.engagements e set account_manager_id = null where e.id = engagement.id;
    perform private.end_engagement_write();
    perform private.log_event(engagement.id, 'account_manager_unassigned', false, null,
      jsonb_build_object('account_manager_id', new.user_id, 'reason', 'deactivated'));
    perform private.refresh_whose_move(engagement.id);
  end loop;
  update public.clients c set default_account_manager_id = null where c.default_account_manager_id = new.user_id;
  return null;
end
$$;
comment on function private.release_engagements_of_inactive_staff() is
  'A deactivated staff member''s open engagements lose their account manager (managers then assign one), and no client defaults to them any more.';

create trigger staff_release_engagements_when_inactive after update of active on public.staff
  for each row when (old.active and not new.active) execute function private.release_engagements_of_inactive_staff();

create or replace function private.refuse_engagement_of_archived_client() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if exists (select 1 from public.clients c where c.id = new.client_id and c.archived_at is not null) then
    perform private.refuse('client_archived', 'provider', 'This client is archived and gets no new engagements.',
      jsonb_build_object('client_id', new.client_id));
  end if;
  return new;
end
$$;
comment on function private.refuse_engagement_of_archived_client() is 'An archived client gets no new engagement, whoever asks.';

create trigger engagements_refuse_archived_client before insert on public.engagements
  for each row execute function private.refuse_engagement_of_archived_client();

create or replace function private.check_default_account_manager() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.default_account_manager_id is not null
     and new.default_account_manager_id is distinct from old.default_account_manager_id
     and not exists (select 1 from public.staff s where s.user_id = new.default_account_manager_id and s.active) then
    perform private.refuse('not_staff', 'provider', 'The default account manager must be active staff.');
  end if;
  return new;
end
$$;
comment on function private.check_default_account_manager() is 'A client''s default account manager is active staff.';

create trigger clients_check_default_account_manager before insert or update of default_account_manager_id on public.clients
  for each row execute function private.check_default_account_manager();

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.admin_pending_actions_of(engagement_id uuid)
returns table (
  engagement_id uuid, kind text, subject_id uuid, side text, actor text, actor_id uuid,
  since timestamptz, due_at timestamptz, note text, blocking boolean, rank integer
)
language sql stable security definer set search_path = '' as $$
  -- Past the request step an engagement loses its account manager only when they are deactivated;
  -- managers assign another, while the client's own actions stay open.
  select e.id, 'assign_account_manager', e.id, 'provider', 'manager', null::uuid, e.updated_at,
         null::timestamptz, null::text, false, 0
  from public.engagements e
  where e.id = admin_pending_actions_of.engagement_id and e.state = 'active'
    and e.step <> 'request' and e.account_manager_id is null
$$;
comment on function private.admin_pending_actions_of(uuid)
  is 'Administration''s pending actions of an engagement (same columns as private.pending_actions_of, unioned into it): assign an account manager after a deactivation.';

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.admin_audit_log enable row level security;
create policy "Administrative changes are visible to managers" on public.admin_audit_log
  for select to authenticated using ((select private.is_manager()));

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.update_staff_member(
  user_id uuid, role public.staff_role default null, active boolean default null
) returns void
language plpgsql security definer set search_path = '' as $$
begin
  if not (select private.is_admin()) then
    perform private.refuse('not_admin', 'provider', 'Only an administrator changes a staff member''s role or deactivates them.');
  end if;
  if update_staff_member.user_id = (select auth.uid()) then
    perform private.refuse('own_role', 'none', 'Nobody changes their own role or deactivates themselves; ask another administrator.',
      jsonb_build_object('table', 'staff'));
  end if;
  update public.staff s
  set role = coalesce(update_staff_member.role, s.role), active = coalesce(update_staff_member.active, s.active)
  where s.user_id = update_staff_member.user_id;
  if not found then
    perform private.refuse('staff_not_found', 'none', 'There is no such staff member.');
  end if;
end
$$;
comment on function public.update_staff_member(uuid, public.staff_role, boolean)
  is 'Admins change another staff member''s role or (de)activate them; a deactivation unassigns their open engagements.';

create or replace function public.update_client_member(
  client_id uuid, user_id uuid, role public.client_member_role default null, active boolean default null
) returns void
language plpgsql security definer set search_path = '' as $$
begin
  if not ((select private.is_manager())
          or update_client_member.client_id = any (array(select private.my_approver_client_ids()))) then
    perform private.refuse('not_client_admin', 'client', 'Only the client''s approver or a manager changes a client user''s role.');
  end if;
  if update_client_member.user_id = (select auth.uid()) then
    perform private.refuse('own_role', 'none', 'Nobody changes their own role or deactivates themselves; ask another approver.',
      jsonb_build_object('table', 'client_members'));
  end if;
  update public.client_members m
  set role = coalesce(update_client_member.role, m.role), active = coalesce(update_client_member.active, m.active)
  where m.client_id = update_client_member.client_id and m.user_id = update_client_member.user_id;
  if not found then
    perform private.refuse('client_member_not_found', 'none', 'There is no such user at this client.');
  end if;
end
$$;
comment on function public.update_client_member(uuid, uuid, public.client_member_role, boolean)
  is 'Managers, and a client''s approvers for their own client, change another client user''s role or (de)activate them.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.admin_audit_log from public, anon, authenticated;
grant select on public.admin_audit_log to authenticated;
grant select on public.admin_audit_log to service_role;

revoke all on function private.audit_record_id(text, jsonb), private.record_admin_change(), private.begin_role_change(),
  private.guard_role_change(), private.release_engagements_of_inactive_staff(),
  private.refuse_engagement_of_archived_client(), private.check_default_account_manager(),
  private.admin_pending_actions_of(uuid) from public, anon;
grant execute on function private.admin_pending_actions_of(uuid) to authenticated, service_role;

revoke all on function public.update_staff_member(uuid, public.staff_role, boolean),
  public.update_client_member(uuid, uuid, public.client_member_role, boolean) from public, anon;
grant execute on function public.update_staff_member(uuid, public.staff_role, boolean),
  public.update_client_member(uuid, uuid, public.client_member_role, boolean) to authenticated, service_role;
