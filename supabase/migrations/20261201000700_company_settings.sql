-- Company settings (one row: the provider's legal details, bank account and VAT rate), each
-- client's default account manager, and where each binding decision was taken from.

-- =========================================================================================
-- Company settings
-- =========================================================================================
create table public.company_settings (
  id boolean primary key default true check (id),
  legal_name text not null check (length(btrim(legal_name)) > 0),
  tax_code text not null default '',
  address text not null default '',
  phone text not null default '',
  email text not null default '',
  bank_bin text not null default '' check (bank_bin ~ '^([0-9]{6})?$'),
  bank_name text not null default '',
  bank_account_number text not null default '' check (bank_account_number ~ '^[0-9A-Za-z]{0,19}$'),
  bank_account_name text not null default '',
  vat_rate_percent numeric(5, 2) not null default 10 check (vat_rate_percent between 0 and 100),
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id)
);
comment on table public.company_settings is
  'The provider''s own details, one row: legal name, tax code, contacts, the bank account clients pay into (BIN per NAPAS) and the VAT rate.';
create index company_settings_updated_by_idx on public.company_settings (updated_by);

create trigger company_settings_set_updated_at before update on public.company_settings
  for each row execute function private.set_updated_at();

alter table public.company_settings enable row level security;
create policy "Company settings are visible to staff and client users" on public.company_settings
  for select to authenticated
  using ((select private.is_staff()) or (select exists (select 1 from private.my_client_ids())));
create policy "Admins can update company settings" on public.company_settings
  for update to authenticated using ((select private.is_admin())) with check ((select private.is_admin()));

revoke all on public.company_settings from public, anon, authenticated;
grant select, update on public.company_settings to authenticated;
grant select, insert, update, delete on public.company_settings to service_role;

-- =========================================================================================
-- Intake: each client's default account manager
-- =========================================================================================
alter table public.clients
  add column default_account_manager_id uuid references public.staff (user_id);
comment on column public.clients.default_account_manager_id is
  'The account manager a new request from this client is assigned to at once; null: managers assign one.';
create index clients_default_account_manager_id_idx on public.clients (default_account_manager_id);

-- =========================================================================================
-- Binding decisions: from which browser they were taken
-- =========================================================================================
alter table public.quotes
  add column decided_user_agent text,
  add column decided_from text;
alter table public.change_requests
  add column decided_user_agent text,
  add column decided_from text;
alter table public.acceptances
  add column decided_user_agent text,
  add column decided_from text;
comment on column public.quotes.decided_user_agent is 'The User-Agent header of the request that accepted or declined the quote.';
comment on column public.quotes.decided_from is 'The first X-Forwarded-For address of the request that accepted or declined the quote.';
comment on column public.change_requests.decided_user_agent is 'The User-Agent header of the request that approved or declined the change request.';
comment on column public.change_requests.decided_from is 'The first X-Forwarded-For address of the request that approved or declined the change request.';
comment on column public.acceptances.decided_user_agent is 'The User-Agent header of the request that accepted or rejected the delivery.';
comment on column public.acceptances.decided_from is 'The first X-Forwarded-For address of the request that accepted or rejected the delivery.';
