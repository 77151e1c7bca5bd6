-- Service packages: what the provider sells, at what price, with how long a warranty (P1, P6).

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.service_packages (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null check (length(btrim(name)) > 0),
  description text not null default '',
  price_vnd bigint not null check (price_vnd >= 0),
  warranty_months integer not null default 0 check (warranty_months between 0 and 120),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.service_packages is 'The catalogue of service packages; a quote picks one, acceptance fixes it (P1).';
create index service_packages_active_idx on public.service_packages (active);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create trigger service_packages_set_updated_at before update on public.service_packages
  for each row execute function private.set_updated_at();

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.service_packages enable row level security;

create policy "Service packages are visible to staff" on public.service_packages
  for select to authenticated using ((select private.is_staff()));
create policy "Active service packages are visible to client members" on public.service_packages
  for select to authenticated using (active and (select exists (select 1 from private.my_client_ids())));
create policy "Admins can create service packages" on public.service_packages
  for insert to authenticated with check ((select private.is_admin()));
create policy "Admins can update service packages" on public.service_packages
  for update to authenticated using ((select private.is_admin())) with check ((select private.is_admin()));

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.service_packages from public, anon, authenticated;
grant select, insert, update on public.service_packages to authenticated;
grant select, insert, update, delete on public.service_packages to service_role;
