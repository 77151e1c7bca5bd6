-- The policy's duties, tracked: handover and training (P5), the licence register of third-party
-- assets (P7), the change-request gate on the work itself (C6), and a ledger of the thirteen duties
-- (P1..P7, C1..C6) derived from the records, never typed in.

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.handover_item_kind as enum ('source_code', 'accounts_credentials', 'user_guide', 'training_session', 'other');
comment on type public.handover_item_kind is
  'What the provider hands over at completion (P5): source code, accounts and credentials (never the secret, only that and how), a user guide, a training session, anything else.';

create type public.licence_asset_kind as enum ('font', 'image', 'theme', 'plugin', 'library', 'service');
comment on type public.licence_asset_kind is 'The kinds of third-party assets a delivery may use (P7).';

create type public.licence_holder as enum ('client', 'provider');
comment on type public.licence_holder is 'Who holds a third-party licence after the hand-over.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.handover_items (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  kind public.handover_item_kind not null,
  title text not null check (length(btrim(title)) > 0),
  required boolean not null default true,
  method text,
  training_on date,
  training_attendees text,
  training_minutes integer check (training_minutes > 0),
  note text,
  created_by uuid references auth.users (id),
  created_at timestamptz not null default now(),
  done_by uuid references auth.users (id),
  done_at timestamptz,
  received_by uuid references auth.users (id),
  received_at timestamptz,
  updated_at timestamptz not null default now(),
  constraint handover_items_received_after_done check (received_at is null or done_at is not null),
  constraint handover_items_credentials_say_how check (
    kind <> 'accounts_credentials' or done_at is null or length(btrim(coalesce(method, ''))) > 0),
  constraint handover_items_training_details check (
    kind <> 'training_session' or done_at is null
    or (training_on is not null and length(btrim(coalesce(training_attendees, ''))) > 0 and training_minutes is not null))
);
comment on table public.handover_items is
  'What the provider hands over and trains (P5): done by the provider, confirmed received by the client. For accounts and credentials only that and how they were handed over, never the secret.';
comment on column public.handover_items.method is 'How it was handed over (e.g. "in person, sealed envelope"); never the secret itself.';
create index handover_items_engagement_id_idx on public.handover_items (engagement_id, created_at);
create index handover_items_created_by_idx on public.handover_items (created_by);
create index handover_items_done_by_idx on public.handover_items (done_by);
create index handover_items_received_by_idx on public.handover_items (received_by);

create table public.licence_assets (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  kind public.licence_asset_kind not null,
  name text not null check (length(btrim(name)) > 0),
  licence text not null check (length(btrim(licence)) > 0),
  source text not null check (length(btrim(source)) > 0),
  holder public.licence_holder not null,
  cost_vnd bigint not null default 0 check (cost_vnd >= 0 and cost_vnd <= 1000000000000),
  expires_on date,
  created_by uuid references auth.users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.licence_assets is
  'The licence register (P7): each third-party asset of a delivery with its licence, source, holder, cost and expiry.';
create index licence_assets_engagement_id_idx on public.licence_assets (engagement_id, created_at);
create index licence_assets_created_by_idx on public.licence_assets (created_by);

create table public.licence_registers (
  engagement_id uuid primary key references public.engagements (id),
  completed_by uuid not null references auth.users (id),
  completed_at timestamptz not null default now()
);
comment on table public.licence_registers is
  'The account manager''s mark that an engagement''s licence register is complete; adding an asset removes it.';
create index licence_registers_completed_by_idx on public.licence_registers (completed_by);

-- Out-of-scope work is tracked as milestones of a change request (C6).
alter table public.milestones
  add column if not exists change_request_id uuid references public.change_requests (id),
  add column if not exists started_at timestamptz;
comment on column public.milestones.change_request_id is 'The change request this out-of-scope milestone belongs to (C6).';
comment on column public.milestones.started_at is 'When work on the milestone started.';
create index if not exists milestones_change_request_id_idx on public.milestones (change_request_id);

alter table public.change_requests
  add column if not exists pay_before_work boolean not null default false;
comment on column public.change_requests.pay_before_work is
  'The change''s quote asks for its extra payment to be confirmed before its work starts (C6).';

-- =========================================================================================
-- Triggers
-- =========================================================================================
create trigger handover_items_set_updated_at before update on public.handover_items
  for each row execute function private.set_updated_at();
create trigger licence_assets_set_updated_at before update on public.licence_assets
  for each row execute function private.set_updated_at();

create or replace function private.check_change_request_gate() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  change_request public.change_requests;
  payment public.payments;
  starts boolean := new.started_at is not null and (tg_op = 'INSERT' or old.started_at is null);
  finishes boolean := new.status = 'done' and (tg_op = 'INSERT' or old.status <> 'done');
  step public.engagement_step := (select e.step from public.engagements e where e.id = new.engagement_id);
begin
  if new.change_request_id is null or not (starts or finishes) then
    return new;
  end if;
  select c.* into change_request from public.change_requests c where c.id = new.change_request_id;
  if change_request.status not in ('approved', 'done') then
    perform private.refuse('change_request_awaiting_approval', 'client',
      'This milestone belongs to a change request the client''s approver has not approved yet.',
      jsonb_build_object('step', step, 'change_request_id', change_request.id,
                         'change_request_status', change_request.status));
  end if;
  if change_request.pay_before_work and change_request.extra_price_vnd > 0 then
    select p.* into payment from public.payments p where p.id = change_request.payment_id;
    if payment.status is distinct from 'confirmed' then
      perform private.refuse('change_request_payment_pending',
        case when payment.status = 'submitted' then 'provider' else 'client' end,
        'The change request''s extra payment must be confirmed before its work starts.',
        jsonb_build_object('step', step, 'change_request_id', change_request.id, 'payment_id', payment.id,
                           'payment_status', payment.status));
    end if;
  end if;
  return new;
end
$$;
comment on function private.check_change_request_gate()
  is 'C6: a change request''s milestone is not started or done until the change is approved and, when its quote says pay before work, its extra payment is confirmed.';

create trigger milestones_change_request_gate before insert or update of status, started_at, change_request_id
  on public.milestones for each row execute function private.check_change_request_gate();

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.check_leave_step(engagement public.engagements) returns void
language plpgsql stable security definer set search_path = '' as $$
declare
  e public.engagements := check_leave_step.engagement;
begin
  case e.step
    when 'request' then
      if e.account_manager_id is null then
        perform private.refuse('account_manager_missing', 'provider', 'A manager must assign an account manager first.',
          jsonb_build_object('step', e.step, 'required_role', 'manager'));
      end if;
    when 'payment' then
      if exists (select 1 from public.payments p where p.engagement_id = e.id and p.due_before_start
                 and p.status in ('due', 'rejected')) then
        perform private.refuse('payments_not_confirmed', 'client', 'A payment due before start has not been paid yet.',
          jsonb_build_object('step', e.step));
      end if;
      if exists (select 1 from public.payments p where p.engagement_id = e.id and p.due_before_start
                 and p.status = 'submitted') then
        perform private.refuse('payments_not_confirmed', 'provider', 'Confirm the submitted payments before starting work.',
          jsonb_build_object('step', e.step));
      end if;
    when 'implementation' then
      if exists (select 1 from public.milestones m where m.engagement_id = e.id and m.responsible = 'provider'
                 and m.status <> 'done') then
        perform private.refuse('milestones_open', 'provider', 'Every provider milestone must be done first.',
          jsonb_build_object('step', e.step));
      end if;
      if exists (select 1 from public.change_requests c where c.engagement_id = e.id and c.status = 'approved') then
        perform private.refuse('change_requests_open', 'provider', 'Deliver the approved change requests first.',
          jsonb_build_object('step', e.step));
      end if;
    when 'completion' then
      if not exists (select 1 from public.documents d where d.engagement_id = e.id and d.visibility = 'shared'
                     and d.is_deliverable and d.deleted_at is null) then
        perform private.refuse('deliverable_missing', 'provider', 'Share at least one deliverable document before handing over.',
          jsonb_build_object('step', e.step));
      end if;
      if exists (select 1 from public.handover_items h where h.engagement_id = e.id and h.required and h.done_at is null) then
        perform private.refuse('handover_items_open', 'provider', 'Every required handover item must be done before handing over.',
          jsonb_build_object('step', e.step,
            'open_items', (select count(*) from public.handover_items h
                           where h.engagement_id = e.id and h.required and h.done_at is null)));
      end if;
      if not exists (select 1 from public.licence_registers r where r.engagement_id = e.id) then
        perform private.refuse('licence_register_incomplete', 'provider',
          'The account manager must mark the licence register complete before handing over.',
          jsonb_build_object('step', e.step, 'required_role', 'account_manager'));
      end if;
    else
      null;
  end case;
end
$$;
comment on function private.check_leave_step(public.engagements) is
  'The preconditions to leave each step (the last column of the transition table); hand-over also needs every required handover item done and a complete licence register (P5, P7).';

create or replace function private.require_handover_step(engagement public.engagements) returns void
language plpgsql stable set search_path = '' as $$
begin
  perform private.require_active(require_handover_step.engagement);
  perform private.require_step(require_handover_step.engagement,
    array['implementation', 'completion']::public.engagement_step[]);
end
$$;
comment on function private.require_handover_step(public.engagements)
  is 'Handover items and the licence register are prepared during implementation and completion, on an active engagement.';

create or replace function private.duty_pending_actions_of(engagement_id uuid)
returns table (
  engagement_id uuid, kind text, subject_id uuid, side text, actor text, actor_id uuid,
  since timestamptz, due_at timestamptz, note text, blocking boolean, rank integer
)
language sql stable security definer set search_path = '' as $$
  -- A licence that expires before the warranty ends: the account manager renews it or settles who does.
  select e.id, 'renew_licence', l.id, 'provider', 'account_manager', e.account_manager_id,
         greatest(l.created_at, e.step_entered_at),
         l.expires_on::timestamp at time zone 'Asia/Ho_Chi_Minh', l.name, false, 14
  from public.engagements e
  join public.licence_assets l on l.engagement_id = e.id
  join public.service_packages p on p.id = e.package_id
  where e.id = duty_pending_actions_of.engagement_id and e.state = 'active'
    and e.step in ('completion', 'acceptance', 'warranty')
    and l.expires_on is not null
    and l.expires_on < (coalesce(e.warranty_ends_at,
                                 now() + make_interval(months => p.warranty_months)) at time zone 'Asia/Ho_Chi_Minh')::date
$$;
comment on function private.duty_pending_actions_of(uuid)
  is 'The duties'' pending actions (same columns as pending_actions_of): renew_licence for each licence expiring before the warranty ends (P7).';

-- The ledger: one row per duty, derived from the records. Every subquery reads tables under the
-- reader's RLS (the view is security invoker), so a client sees only client-visible evidence.
create or replace view public.engagement_duties with (security_invoker = true) as
with e as (
  select x.*,
         x.step >= 'completion'::public.engagement_step as handed_over_or_completing
  from public.engagements x
)
select e.id as engagement_id, d.duty, d.status, d.evidence
from e
cross join lateral (
  -- P1: the accepted quote fixes package, price and scope.
  select 'P1'::text as duty,
         case when e.accepted_quote_id is not null then 'met'
              when e.step = 'agreement' then 'open' else 'not_applicable' end as status,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'quotes', 'id', q.id, 'status', q.status))
                   from public.quotes q where q.id = e.accepted_quote_id), '[]'::jsonb) as evidence
  union all
  -- P2: the milestones the client agreed to.
  select 'P2',
         case when exists (select 1 from public.milestones m where m.engagement_id = e.id and m.quote_id is not null) then 'met'
              when e.step = 'agreement' then 'open' else 'not_applicable' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'milestones', 'id', m.id, 'status', m.status) order by m.position)
                   from public.milestones m where m.engagement_id = e.id), '[]'::jsonb)
  union all
  -- P3: confidential documents, each read logged (the access log is the evidence).
  select 'P3',
         case when exists (select 1 from public.documents d where d.engagement_id = e.id and d.visibility = 'confidential')
              then 'met' else 'not_applicable' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'documents', 'id', d.id, 'reads',
                     (select count(*) from public.document_access_log l where l.document_id = d.id)))
                   from public.documents d where d.engagement_id = e.id and d.visibility = 'confidential'), '[]'::jsonb)
  union all
  -- P4: coordinating quickly: open while the provider has the move.
  select 'P4',
         case when e.state <> 'active' then 'not_applicable'
              when e.whose_move = 'provider' then 'open' else 'met' end,
         jsonb_build_array(jsonb_build_object('table', 'engagements', 'id', e.id, 'whose_move', e.whose_move,
                                              'provider_wait_seconds', e.provider_wait_seconds))
  union all
  -- P5: every required handover item done and confirmed received by the client.
  select 'P5',
         case when not exists (select 1 from public.handover_items h where h.engagement_id = e.id)
              then case when e.handed_over_or_completing then 'open' else 'not_applicable' end
              when exists (select 1 from public.handover_items h where h.engagement_id = e.id and h.required
                           and (h.done_at is null or h.received_at is null)) then 'open'
              else 'met' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'handover_items', 'id', h.id, 'kind', h.kind,
                     'required', h.required, 'done', h.done_at is not null, 'received', h.received_at is not null)
                     order by h.created_at, h.id)
                   from public.handover_items h where h.engagement_id = e.id), '[]'::jsonb)
  union all
  -- P6: the warranty: open while a claim waits on the provider.
  select 'P6',
         case when e.step <> 'warranty' then 'not_applicable'
              when exists (select 1 from public.warranty_claims w where w.engagement_id = e.id
                           and w.status in ('open', 'in_progress')) then 'open'
              else 'met' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'warranty_claims', 'id', w.id, 'status', w.status)
                     order by w.opened_at)
                   from public.warranty_claims w where w.engagement_id = e.id), '[]'::jsonb)
  union all
  -- P7: the licence register, marked complete by the account manager.
  select 'P7',
         case when exists (select 1 from public.licence_registers r where r.engagement_id = e.id) then 'met'
              when e.handed_over_or_completing
                   or exists (select 1 from public.licence_assets l where l.engagement_id = e.id) then 'open'
              else 'not_applicable' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'licence_registers', 'id', r.engagement_id,
                     'completed_at', r.completed_at))
                   from public.licence_registers r where r.engagement_id = e.id), '[]'::jsonb)
         || coalesce((select jsonb_agg(jsonb_build_object('table', 'licence_assets', 'id', l.id, 'kind', l.kind,
                        'expires_on', l.expires_on) order by l.created_at, l.id)
                      from public.licence_assets l where l.engagement_id = e.id), '[]'::jsonb)
  union all
  -- C1: the client provides every requested item.
  select 'C1',
         case when not exists (select 1 from public.requirements r where r.engagement_id = e.id) then 'not_applicable'
              when exists (select 1 from public.requirements r where r.engagement_id = e.id and r.status = 'requested')
              then 'open' else 'met' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'requirements', 'id', r.id, 'status', r.status)
                     order by r.requested_at)
                   from public.requirements r where r.engagement_id = e.id), '[]'::jsonb)
  union all
  -- C2: the client confirms each item accurate.
  select 'C2',
         case when not exists (select 1 from public.requirements r where r.engagement_id = e.id) then 'not_applicable'
              when exists (select 1 from public.requirements r where r.engagement_id = e.id and r.status <> 'confirmed')
              then 'open' else 'met' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'requirements', 'id', r.id, 'status', r.status)
                     order by r.requested_at)
                   from public.requirements r where r.engagement_id = e.id and r.status <> 'requested'), '[]'::jsonb)
  union all
  -- C3: the client's milestones done.
  select 'C3',
         case when not exists (select 1 from public.milestones m where m.engagement_id = e.id and m.responsible = 'client')
              then 'not_applicable'
              when exists (select 1 from public.milestones m where m.engagement_id = e.id and m.responsible = 'client'
                           and m.status = 'open') then 'open'
              else 'met' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'milestones', 'id', m.id, 'status', m.status) order by m.position)
                   from public.milestones m where m.engagement_id = e.id and m.responsible = 'client'), '[]'::jsonb)
  union all
  -- C4: arising requirements analysed and agreed: no change request waiting for a decision.
  select 'C4',
         case when not exists (select 1 from public.change_requests c where c.engagement_id = e.id) then 'not_applicable'
              when exists (select 1 from public.change_requests c where c.engagement_id = e.id
                           and c.status in ('submitted', 'quoted')) then 'open'
              else 'met' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'change_requests', 'id', c.id, 'status', c.status)
                     order by c.submitted_at)
                   from public.change_requests c where c.engagement_id = e.id), '[]'::jsonb)
  union all
  -- C5: every payment that has fallen due is confirmed.
  select 'C5',
         case when not exists (select 1 from public.payments p where p.engagement_id = e.id) then 'not_applicable'
              when exists (select 1 from public.payments p where p.engagement_id = e.id and p.status <> 'confirmed'
                           and case p.due_condition
                                 when 'before_start' then e.step not in ('request', 'agreement')
                                 when 'at_acceptance' then e.warranty_starts_at is not null
                                 else p.due_on <= (now() at time zone 'Asia/Ho_Chi_Minh')::date end) then 'open'
              else 'met' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'payments', 'id', p.id, 'status', p.status,
                     'due_condition', p.due_condition) order by p.created_at, p.id)
                   from public.payments p where p.engagement_id = e.id), '[]'::jsonb)
  union all
  -- C6: changes asked in writing, approved and paid extra.
  select 'C6',
         case when not exists (select 1 from public.change_requests c where c.engagement_id = e.id
                               and c.status in ('approved', 'done')) then 'not_applicable'
              when exists (select 1 from public.change_requests c
                           left join public.payments p on p.id = c.payment_id
                           where c.engagement_id = e.id and c.status in ('approved', 'done') and c.extra_price_vnd > 0
                             and p.status is distinct from 'confirmed') then 'open'
              else 'met' end,
         coalesce((select jsonb_agg(jsonb_build_object('table', 'change_requests', 'id', c.id, 'status', c.status,
                     'payment_id', c.payment_id) order by c.submitted_at)
                   from public.change_requests c where c.engagement_id = e.id and c.status in ('approved', 'done')),
                  '[]'::jsonb)
) d;
comment on view public.engagement_duties is
  'The policy''s thirteen duties per engagement (P1..P7, C1..C6): met, open or not_applicable, with the records behind each (security invoker: each reader sees only the evidence they may see).';

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.handover_items enable row level security;
alter table public.licence_assets enable row level security;
alter table public.licence_registers enable row level security;

create policy "Handover items are visible to managers" on public.handover_items
  for select to authenticated using ((select private.is_manager()));
create policy "Handover items are visible to their account manager" on public.handover_items
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Handover items are visible to the client's members" on public.handover_items
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

create policy "Licence assets are visible to managers" on public.licence_assets
  for select to authenticated using ((select private.is_manager()));
create policy "Licence assets are visible to their account manager" on public.licence_assets
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Licence assets are visible to the client's members" on public.licence_assets
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

create policy "Licence registers are visible to managers" on public.licence_registers
  for select to authenticated using ((select private.is_manager()));
create policy "Licence registers are visible to their account manager" on public.licence_registers
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Licence registers are visible to the client's members" on public.licence_registers
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.add_handover_item(
  engagement_id uuid, kind public.handover_item_kind, title text, required boolean default true, note text default null
) returns public.handover_items
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(add_handover_item.engagement_id);
  item public.handover_items;
begin
  perform private.require_provider(engagement);
  perform private.require_handover_step(engagement);
  insert into public.handover_items (engagement_id, kind, title, required, note, created_by)
  values (engagement.id, add_handover_item.kind,
          private.require_text(add_handover_item.title, 'title_required', 'provider', 'Name what you will hand over.'),
          coalesce(add_handover_item.required, true), nullif(btrim(add_handover_item.note), ''), (select auth.uid()))
  returning * into item;
  perform private.log_event(engagement.id, 'handover_item_added', true, item.title,
    jsonb_build_object('handover_item_id', item.id, 'kind', item.kind, 'required', item.required));
  perform private.refresh_whose_move(engagement.id);
  return item;
end
$$;
comment on function public.add_handover_item(uuid, public.handover_item_kind, text, boolean, text)
  is 'The provider lists an item to hand over or a training to give (P5).';

create or replace function public.complete_handover_item(
  handover_item_id uuid, method text default null, training_on date default null,
  training_attendees text default null, training_minutes integer default null, note text default null
) returns public.handover_items
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select h.engagement_id from public.handover_items h where h.id = complete_handover_item.handover_item_id));
  item public.handover_items;
begin
  perform private.require_provider(engagement);
  perform private.require_handover_step(engagement);
  select h.* into item from public.handover_items h where h.id = complete_handover_item.handover_item_id for update;
  if item.done_at is not null then
    perform private.refuse('handover_item_already_done', 'none', 'This item is already handed over.',
      jsonb_build_object('step', engagement.step));
  end if;
  if item.kind = 'accounts_credentials' and length(btrim(coalesce(complete_handover_item.method, ''))) = 0 then
    perform private.refuse('handover_method_required', 'provider',
      'Say how the accounts were handed over (never the password itself).', jsonb_build_object('step', engagement.step));
  end if;
  if item.kind = 'training_session' and (complete_handover_item.training_on is null
     or length(btrim(coalesce(complete_handover_item.training_attendees, ''))) = 0
     or coalesce(complete_handover_item.training_minutes, 0) <= 0) then
    perform private.refuse('training_details_required', 'provider',
      'A training needs its date, its attendees and its duration in minutes.', jsonb_build_object('step', engagement.step));
  end if;
  update public.handover_items h
  set done_at = now(), done_by = (select auth.uid()),
      method = nullif(btrim(complete_handover_item.method), ''),
      training_on = complete_handover_item.training_on,
      training_attendees = nullif(btrim(complete_handover_item.training_attendees), ''),
      training_minutes = complete_handover_item.training_minutes,
      note = coalesce(nullif(btrim(complete_handover_item.note), ''), h.note)
  where h.id = item.id
  returning * into item;
  perform private.log_event(engagement.id, 'handover_item_done', true, item.title,
    jsonb_build_object('handover_item_id', item.id, 'kind', item.kind));
  perform private.refresh_whose_move(engagement.id);
  return item;
end
$$;
comment on function public.complete_handover_item(uuid, text, date, text, integer, text)
  is 'The provider records an item as handed over (how, for accounts; date, attendees and duration, for a training).';

create or replace function public.confirm_handover_item(handover_item_id uuid) returns public.handover_items
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select h.engagement_id from public.handover_items h where h.id = confirm_handover_item.handover_item_id));
  item public.handover_items;
begin
  perform private.require_client(engagement);
  perform private.require_active(engagement);
  select h.* into item from public.handover_items h where h.id = confirm_handover_item.handover_item_id for update;
  if item.done_at is null then
    perform private.refuse('handover_item_not_done', 'provider', 'The provider has not handed this item over yet.',
      jsonb_build_object('step', engagement.step));
  end if;
  if item.received_at is not null then
    perform private.refuse('handover_item_already_received', 'none', 'This item is already confirmed received.',
      jsonb_build_object('step', engagement.step));
  end if;
  update public.handover_items h set received_at = now(), received_by = (select auth.uid())
  where h.id = item.id
  returning * into item;
  perform private.log_event(engagement.id, 'handover_item_received', true, item.title,
    jsonb_build_object('handover_item_id', item.id, 'kind', item.kind));
  perform private.refresh_whose_move(engagement.id);
  return item;
end
$$;
comment on function public.confirm_handover_item(uuid) is 'A client user confirms a handed-over item was received (P5).';

create or replace function public.add_licence_asset(
  engagement_id uuid, kind public.licence_asset_kind, name text, licence text, source text,
  holder public.licence_holder, cost_vnd bigint default 0, expires_on date default null
) returns public.licence_assets
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(add_licence_asset.engagement_id);
  asset public.licence_assets;
begin
  perform private.require_provider(engagement);
  perform private.require_handover_step(engagement);
  if add_licence_asset.kind is null or add_licence_asset.holder is null then
    perform private.refuse('licence_details_required', 'provider', 'Say what kind of asset it is and who holds its licence.',
      jsonb_build_object('step', engagement.step));
  end if;
  if coalesce(add_licence_asset.cost_vnd, 0) < 0 or coalesce(add_licence_asset.cost_vnd, 0) > 1000000000000 then
    perform private.refuse('invalid_amount', 'provider', 'The cost must be between 0 and 1.000.000.000.000 VND.',
      jsonb_build_object('step', engagement.step));
  end if;
  insert into public.licence_assets (engagement_id, kind, name, licence, source, holder, cost_vnd, expires_on, created_by)
  values (engagement.id, add_licence_asset.kind,
          private.require_text(add_licence_asset.name, 'title_required', 'provider', 'Name the asset.'),
          private.require_text(add_licence_asset.licence, 'licence_details_required', 'provider', 'Name the asset''s licence.'),
          private.require_text(add_licence_asset.source, 'licence_details_required', 'provider', 'Say where the asset comes from.'),
          add_licence_asset.holder, coalesce(add_licence_asset.cost_vnd, 0), add_licence_asset.expires_on, (select auth.uid()))
  returning * into asset;
  -- A new asset reopens the register: the account manager reviews it again.
  delete from public.licence_registers r where r.engagement_id = engagement.id;
  perform private.log_event(engagement.id, 'licence_asset_added', true, asset.name,
    jsonb_build_object('licence_asset_id', asset.id, 'kind', asset.kind, 'holder', asset.holder));
  perform private.refresh_whose_move(engagement.id);
  return asset;
end
$$;
comment on function public.add_licence_asset(uuid, public.licence_asset_kind, text, text, text, public.licence_holder, bigint, date)
  is 'The provider records a third-party asset of the delivery in the licence register (P7); the register must be marked complete again.';

create or replace function public.complete_licence_register(engagement_id uuid) returns public.licence_registers
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(complete_licence_register.engagement_id);
  register public.licence_registers;
begin
  if private.actor_role(engagement) is distinct from 'account_manager' then
    perform private.refuse('not_account_manager', 'provider', 'Only the assigned account manager marks the licence register complete.',
      jsonb_build_object('step', engagement.step, 'required_role', 'account_manager'));
  end if;
  perform private.require_handover_step(engagement);
  if exists (select 1 from public.licence_registers r where r.engagement_id = engagement.id) then
    perform private.refuse('licence_register_already_complete', 'none', 'The licence register is already marked complete.',
      jsonb_build_object('step', engagement.step));
  end if;
  insert into public.licence_registers (engagement_id, completed_by) values (engagement.id, (select auth.uid()))
  returning * into register;
  perform private.log_event(engagement.id, 'licence_register_completed', true, null,
    jsonb_build_object('assets', (select count(*) from public.licence_assets l where l.engagement_id = engagement.id)));
  perform private.refresh_whose_move(engagement.id);
  return register;
end
$$;
comment on function public.complete_licence_register(uuid)
  is 'The assigned account manager marks the licence register complete (P7); hand-over needs it.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.handover_items, public.licence_assets, public.licence_registers from public, anon, authenticated;
grant select on public.handover_items, public.licence_assets, public.licence_registers to authenticated;
grant select, insert, update, delete on public.handover_items, public.licence_assets, public.licence_registers to service_role;

revoke all on public.engagement_duties from public, anon, authenticated;
grant select on public.engagement_duties to authenticated, service_role;

revoke all on function private.check_change_request_gate(), private.require_handover_step(public.engagements),
  private.duty_pending_actions_of(uuid) from public, anon;
grant execute on function private.duty_pending_actions_of(uuid) to authenticated, service_role;

revoke all on function public.add_handover_item(uuid, public.handover_item_kind, text, boolean, text),
  public.complete_handover_item(uuid, text, date, text, integer, text), public.confirm_handover_item(uuid),
  public.add_licence_asset(uuid, public.licence_asset_kind, text, text, text, public.licence_holder, bigint, date),
  public.complete_licence_register(uuid) from public, anon;
grant execute on function public.add_handover_item(uuid, public.handover_item_kind, text, boolean, text),
  public.complete_handover_item(uuid, text, date, text, integer, text), public.confirm_handover_item(uuid),
  public.add_licence_asset(uuid, public.licence_asset_kind, text, text, text, public.licence_holder, bigint, date),
  public.complete_licence_register(uuid) to authenticated, service_role;
