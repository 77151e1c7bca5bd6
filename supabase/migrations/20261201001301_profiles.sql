-- Profiles: everyone keeps their own name and phone up to date (never their role). Staff phones
-- stay out of the staff directory's column grants, so a person reads and writes their own
-- details through these two functions only.

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.client_members add column if not exists phone text;
comment on column public.client_members.phone is 'The member''s own phone number, kept by them on their profile page.';

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.my_profile()
returns table (full_name text, phone text, email text)
language plpgsql stable security definer set search_path = '' as $$
declare
  uid uuid := (select auth.uid());
begin
  return query
    select s.full_name, s.phone, s.email from public.staff s where s.user_id = uid and s.active
    union all
    (select m.full_name, m.phone, m.email from public.client_members m
     where m.user_id = uid and m.active order by m.created_at limit 1)
    limit 1;
end
$$;
comment on function public.my_profile() is 'The caller''s own name, phone and email, while they hold an active role.';

create or replace function public.update_my_profile(full_name text, phone text default null)
returns void
language plpgsql security definer set search_path = '' as $$
declare
  uid uuid := (select auth.uid());
  name text := nullif(btrim(update_my_profile.full_name), '');
  number text := nullif(btrim(update_my_profile.phone), '');
begin
  if name is null then
    perform private.refuse('full_name_required', 'none', 'Give your full name.');
  end if;
  if number is not null and number !~ '^[0-9 +().-]{6,20}$' then
    perform private.refuse('invalid_phone', 'none', 'A phone number has 6 to 20 digits, spaces, +, ( ) . or -.');
  end if;
  update public.staff s set full_name = name, phone = number where s.user_id = uid and s.active;
  update public.client_members m set full_name = name, phone = number where m.user_id = uid and m.active;
  if not found and not exists (
    select 1 from public.staff s where s.user_id = uid and s.active
  ) then
    perform private.refuse('no_profile', 'none', 'Only a person with an active role has a profile.');
  end if;
end
$$;
comment on function public.update_my_profile(text, text)
  is 'The caller changes their own name and phone on every active row of theirs; never a role, never another person.';

revoke execute on function public.my_profile(), public.update_my_profile(text, text) from public, anon;
grant execute on function public.my_profile(), public.update_my_profile(text, text) to authenticated;
