-- People: the provider's staff, the client companies and their members, and the private helpers
-- every policy uses to answer "who is asking".

-- =========================================================================================
-- Schemas
-- =========================================================================================
create schema if not exists private;
comment on schema private is 'Helpers for policies and workflow functions; never exposed by the API.';
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.staff_role as enum ('account_manager', 'manager', 'admin');
comment on type public.staff_role is 'Provider-side roles; admin can do what a manager can plus administration.';

create type public.client_member_role as enum ('approver', 'member');
comment on type public.client_member_role is 'Client-side roles; only an approver accepts quotes, acceptance and change requests.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.clients (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) > 0),
  tax_code text,
  address text,
  contact_email text,
  contact_phone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.clients is 'Client companies the provider serves; every engagement belongs to one.';

create table public.staff (
  user_id uuid primary key references auth.users (id) on delete cascade,
  role public.staff_role not null,
  full_name text not null,
  email text not null,
  phone text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.staff is 'Provider-side users and their role; a user is staff or a client member, never both.';

create table public.client_members (
  client_id uuid not null references public.clients (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.client_member_role not null default 'member',
  full_name text not null,
  email text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (client_id, user_id)
);
comment on table public.client_members is 'Users acting for a client company, with their client-side role.';
create index client_members_user_id_idx on public.client_members (user_id);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.set_updated_at() returns trigger
language plpgsql set search_path = '' as $$
begin
  new.updated_at := now();
  return new;
end
$$;
comment on function private.set_updated_at() is 'Keeps updated_at truthful on every row change.';

create trigger clients_set_updated_at before update on public.clients
  for each row execute function private.set_updated_at();
create trigger staff_set_updated_at before update on public.staff
  for each row execute function private.set_updated_at();
create trigger client_members_set_updated_at before update on public.client_members
  for each row execute function private.set_updated_at();

create or replace function private.refuse_dual_membership() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_table_name = 'staff' and exists (select 1 from public.client_members m where m.user_id = new.user_id) then
    raise exception using errcode = 'P0001', message = 'user_is_client_member',
      detail = '{"waiting_on":"provider"}', hint = 'This user already acts for a client and cannot also be staff.';
  end if;
  if tg_table_name = 'client_members' and exists (select 1 from public.staff s where s.user_id = new.user_id) then
    raise exception using errcode = 'P0001', message = 'user_is_staff',
      detail = '{"waiting_on":"provider"}', hint = 'This user is staff and cannot also act for a client.';
  end if;
  return new;
end
$$;
comment on function private.refuse_dual_membership() is 'A user is staff or a client member, never both.';

create trigger staff_refuse_dual_membership before insert or update of user_id on public.staff
  for each row execute function private.refuse_dual_membership();
create trigger client_members_refuse_dual_membership before insert or update of user_id on public.client_members
  for each row execute function private.refuse_dual_membership();

-- =========================================================================================
-- Helper functions (schema private, called by policies as (select private.fn()))
-- =========================================================================================
-- PL/pgSQL rather than SQL: a SQL function with a `set` clause is never inlined and is planned
-- again on every statement, while PL/pgSQL keeps its plans for the session; policies call these
-- on every request.
create or replace function private.staff_role() returns public.staff_role
language plpgsql stable security definer set search_path = '' as $$
begin
  return (select s.role from public.staff s where s.user_id = (select auth.uid()) and s.active);
end
$$;
comment on function private.staff_role() is 'The caller''s active staff role, or null for non-staff.';

create or replace function private.is_staff() returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return exists (select 1 from public.staff s where s.user_id = (select auth.uid()) and s.active);
end
$$;
comment on function private.is_staff() is 'True when the caller is active provider staff of any role.';

create or replace function private.is_manager() returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return exists (
    select 1 from public.staff s
    where s.user_id = (select auth.uid()) and s.active and s.role in ('manager', 'admin')
  );
end
$$;
comment on function private.is_manager() is 'True for managers and admins, who see and steer every engagement.';

create or replace function private.is_admin() returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return exists (
    select 1 from public.staff s where s.user_id = (select auth.uid()) and s.active and s.role = 'admin'
  );
end
$$;
comment on function private.is_admin() is 'True for admins, who also administer users, clients and packages.';

create or replace function private.my_client_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return query select m.client_id from public.client_members m where m.user_id = (select auth.uid());
end
$$;
comment on function private.my_client_ids() is 'Clients the caller acts for; policies use it as any(array(select ...)).';

create or replace function private.my_approver_client_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return query select m.client_id from public.client_members m
    where m.user_id = (select auth.uid()) and m.role = 'approver';
end
$$;
comment on function private.my_approver_client_ids() is 'Clients for which the caller is an approver (manages membership, decides).';

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.clients enable row level security;
alter table public.staff enable row level security;
alter table public.client_members enable row level security;

create policy "Clients are visible to managers" on public.clients
  for select to authenticated using ((select private.is_manager()));
create policy "Clients are visible to their own members" on public.clients
  for select to authenticated using (id = any (array(select private.my_client_ids())));
create policy "Admins can create clients" on public.clients
  for insert to authenticated with check ((select private.is_admin()));
create policy "Admins can update clients" on public.clients
  for update to authenticated using ((select private.is_admin())) with check ((select private.is_admin()));

create policy "Staff are visible to staff" on public.staff
  for select to authenticated using ((select private.is_staff()));
create policy "Admins can add staff" on public.staff
  for insert to authenticated with check ((select private.is_admin()));
create policy "Admins can change other staff members" on public.staff
  for update to authenticated
  using ((select private.is_admin()) and user_id <> (select auth.uid()))
  with check ((select private.is_admin()) and user_id <> (select auth.uid()));
create policy "Admins can remove other staff members" on public.staff
  for delete to authenticated using ((select private.is_admin()) and user_id <> (select auth.uid()));

create policy "Client members are visible to managers" on public.client_members
  for select to authenticated using ((select private.is_manager()));
create policy "Client members are visible to their colleagues" on public.client_members
  for select to authenticated using (client_id = any (array(select private.my_client_ids())));
create policy "Managers can add client members" on public.client_members
  for insert to authenticated with check ((select private.is_manager()));
create policy "Approvers can add members to their client" on public.client_members
  for insert to authenticated with check (client_id = any (array(select private.my_approver_client_ids())));
create policy "Managers can change client members" on public.client_members
  for update to authenticated using ((select private.is_manager())) with check ((select private.is_manager()));
create policy "Approvers can change other members of their client" on public.client_members
  for update to authenticated
  using (client_id = any (array(select private.my_approver_client_ids())) and user_id <> (select auth.uid()))
  with check (client_id = any (array(select private.my_approver_client_ids())) and user_id <> (select auth.uid()));
create policy "Managers can remove client members" on public.client_members
  for delete to authenticated using ((select private.is_manager()));
create policy "Approvers can remove other members of their client" on public.client_members
  for delete to authenticated
  using (client_id = any (array(select private.my_approver_client_ids())) and user_id <> (select auth.uid()));

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.clients, public.staff, public.client_members from public, anon, authenticated;
grant select, insert, update on public.clients to authenticated;
-- Staff rows are visible to staff only (clients read public.account_manager_contacts); column
-- privileges keep `phone` out of every API read.
grant select (user_id, role, full_name, email, active, created_at, updated_at) on public.staff to authenticated;
grant insert, delete on public.staff to authenticated;
grant update (role, full_name, email, phone, active) on public.staff to authenticated;
grant select, insert, delete on public.client_members to authenticated;
grant update (role, full_name, email) on public.client_members to authenticated;
grant select, insert, update, delete on public.clients, public.staff, public.client_members to service_role;

revoke all on function private.set_updated_at(), private.refuse_dual_membership(), private.staff_role(),
  private.is_staff(), private.is_manager(), private.is_admin(), private.my_client_ids(),
  private.my_approver_client_ids() from public, anon;
grant execute on function private.staff_role(), private.is_staff(), private.is_manager(), private.is_admin(),
  private.my_client_ids(), private.my_approver_client_ids() to authenticated, service_role;
