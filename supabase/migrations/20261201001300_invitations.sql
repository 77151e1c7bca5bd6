-- Invitations: accounts come from invitations only (sign-up is closed). Who may invite whom is
-- the insert policy of `invitations`; the Edge Function `invite-user` inserts the row as the
-- caller, then asks Auth to email the link. The invitee, signed in by that link, accepts it with
-- `accept_invitation`, which gives them their role. A deactivated user is banned in Auth, so they
-- can neither sign in nor refresh until they are active again.

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(btrim(email)) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  side text not null check (side in ('provider', 'client')),
  role text not null,
  client_id uuid references public.clients (id) on delete cascade,
  full_name text check (full_name is null or length(btrim(full_name)) > 0),
  invited_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_at timestamptz,
  accepted_by uuid references auth.users (id) on delete set null,
  revoked_at timestamptz,
  constraint invitations_role_fits_side check (
    (side = 'provider' and role in ('account_manager', 'manager', 'admin') and client_id is null)
    or (side = 'client' and role in ('approver', 'member') and client_id is not null)
  ),
  constraint invitations_accepted_or_revoked check (accepted_at is null or revoked_at is null)
);
comment on table public.invitations is
  'An invitation by email to join one side with one role; accepted once by the invitee, or revoked, or expired.';
comment on column public.invitations.full_name is 'The name the inviter gave; the invitee may give theirs when accepting.';
create index invitations_client_id_idx on public.invitations (client_id);
create index invitations_invited_by_idx on public.invitations (invited_by);
create index invitations_accepted_by_idx on public.invitations (accepted_by);
create index invitations_email_idx on public.invitations (email);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.ban_user_without_active_role() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- GoTrue's User.Ban: a banned user cannot sign in, refresh or use /user; lifted when active again.
  if exists (select 1 from public.staff s where s.user_id = new.user_id and s.active)
     or exists (select 1 from public.client_members m where m.user_id = new.user_id and m.active) then
    update auth.users u set banned_until = null where u.id = new.user_id and u.banned_until is not null;
  else
    update auth.users u set banned_until = now() + interval '100 years' where u.id = new.user_id;
  end if;
  return null;
end
$$;
comment on function private.ban_user_without_active_role()
  is 'A user left with no active staff or client membership is banned in Auth (no sign-in, no refresh); reactivation lifts it.';

create trigger staff_ban_when_inactive after update of active on public.staff
  for each row when (old.active is distinct from new.active) execute function private.ban_user_without_active_role();
create trigger client_members_ban_when_inactive after update of active on public.client_members
  for each row when (old.active is distinct from new.active) execute function private.ban_user_without_active_role();

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.may_invite(side text, client_id uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return (select private.is_admin())
    or (may_invite.side = 'client' and (
      (select private.is_manager())
      or may_invite.client_id = any(array(select private.my_approver_client_ids()))
    ));
end
$$;
comment on function private.may_invite(text, uuid)
  is 'Who may invite whom: an admin anyone, a manager client users, a client''s approver users of their own client.';

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.invitations enable row level security;

create policy "Invitations are visible to managers" on public.invitations
  for select to authenticated using ((select private.is_manager()));
create policy "Invitations to a client are visible to its approvers" on public.invitations
  for select to authenticated
  using (side = 'client' and client_id = any(array(select private.my_approver_client_ids())));
create policy "Invitations are sent by who may invite" on public.invitations
  for insert to authenticated
  with check (invited_by = (select auth.uid()) and (select private.may_invite(side, client_id)));

revoke all on public.invitations from public, anon, authenticated;
grant select on public.invitations to authenticated;
grant insert (email, side, role, client_id, full_name) on public.invitations to authenticated;
grant select, insert, update, delete on public.invitations to service_role;

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.accept_invitation(invitation_id uuid, full_name text default null)
returns public.invitations
language plpgsql security definer set search_path = '' as $$
declare
  uid uuid := (select auth.uid());
  invitation public.invitations;
  name text;
begin
  select * into invitation from public.invitations i where i.id = accept_invitation.invitation_id for update;
  if not found then
    perform private.refuse('invitation_not_found', 'none', 'This invitation does not exist.');
  end if;
  -- The invitee's token proves the address: the link Auth emailed to it confirmed it.
  if uid is null or not exists (
    select 1 from auth.users u
    where u.id = uid and lower(u.email) = invitation.email and u.email_confirmed_at is not null
  ) or lower(coalesce((select auth.jwt()) ->> 'email', '')) <> invitation.email then
    perform private.refuse('invitation_not_yours', 'none', 'This invitation was sent to another email address.');
  end if;
  if invitation.revoked_at is not null then
    perform private.refuse('invitation_revoked', 'provider', 'This invitation was withdrawn; ask for a new one.');
  end if;
  if invitation.accepted_at is not null then
    perform private.refuse('invitation_already_accepted', 'none', 'This invitation has already been accepted; sign in instead.');
  end if;
  if invitation.expires_at <= now() then
    perform private.refuse('invitation_expired', 'provider', 'This invitation has expired; ask for a new one.');
  end if;
  name := coalesce(nullif(btrim(accept_invitation.full_name), ''), invitation.full_name);
  if name is null then
    perform private.refuse('full_name_required', 'client', 'Give your full name to accept the invitation.');
  end if;
  if invitation.side = 'provider' then
    insert into public.staff (user_id, role, full_name, email)
    values (uid, invitation.role::public.staff_role, name, invitation.email);
  else
    insert into public.client_members (client_id, user_id, role, full_name, email)
    values (invitation.client_id, uid, invitation.role::public.client_member_role, name, invitation.email);
  end if;
  update public.invitations i set accepted_at = now(), accepted_by = uid
  where i.id = invitation.id returning * into invitation;
  return invitation;
end
$$;
comment on function public.accept_invitation(uuid, text)
  is 'The signed-in invitee takes the role their invitation names, once, before it expires and unless it was revoked.';

create or replace function public.revoke_invitation(invitation_id uuid) returns public.invitations
language plpgsql security definer set search_path = '' as $$
declare
  invitation public.invitations;
begin
  select * into invitation from public.invitations i where i.id = revoke_invitation.invitation_id for update;
  if not found or not (select private.may_invite(invitation.side, invitation.client_id)) then
    perform private.refuse('invitation_not_found', 'none', 'This invitation does not exist or is not yours to withdraw.');
  end if;
  if invitation.accepted_at is not null then
    perform private.refuse('invitation_already_accepted', 'none', 'This invitation has already been accepted; deactivate the user instead.');
  end if;
  update public.invitations i set revoked_at = coalesce(i.revoked_at, now())
  where i.id = invitation.id returning * into invitation;
  return invitation;
end
$$;
comment on function public.revoke_invitation(uuid)
  is 'Withdraws an invitation not yet accepted; whoever may send it may withdraw it.';

revoke execute on function public.accept_invitation(uuid, text) from public, anon;
revoke execute on function public.revoke_invitation(uuid) from public, anon;
grant execute on function public.accept_invitation(uuid, text) to authenticated;
grant execute on function public.revoke_invitation(uuid) to authenticated;
revoke all on function private.ban_user_without_active_role() from public, anon, authenticated;
revoke execute on function private.may_invite(text, uuid) from public, anon;
grant execute on function private.may_invite(text, uuid) to authenticated;
