-- Quotes and milestones: the provider proposes package, price, scope and work plan; the client's
-- approver accepts (transition agreement -> payment) and that fixes them (P1, P2, C3).

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.quote_status as enum ('draft', 'sent', 'accepted', 'declined', 'superseded');
comment on type public.quote_status is 'A draft is provider-only; sent awaits the approver; a newer quote supersedes older ones.';

create type public.milestone_status as enum ('open', 'done');
comment on type public.milestone_status is 'A milestone of the accepted work plan is open until its responsible side marks it done.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.quotes (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  package_id uuid not null references public.service_packages (id),
  price_vnd bigint not null check (price_vnd >= 0),
  scope text not null check (length(btrim(scope)) > 0),
  milestones jsonb not null default '[]'::jsonb check (jsonb_typeof(milestones) = 'array'),
  payment_schedule jsonb not null default '[]'::jsonb check (jsonb_typeof(payment_schedule) = 'array'),
  status public.quote_status not null default 'draft',
  sent_at timestamptz,
  sent_by uuid references auth.users (id),
  decided_at timestamptz,
  decided_by uuid references auth.users (id),
  decline_reason text,
  created_by uuid references auth.users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.quotes is 'Offers of package, price, scope, work plan and payment schedule; the accepted one binds both sides.';
comment on column public.quotes.milestones is 'Proposed work plan: [{title, responsible: provider|client, due_date?}]; becomes milestones rows on acceptance.';
comment on column public.quotes.payment_schedule is 'Proposed payments: [{label, amount_vnd, due_before_start, due_date?}] summing to price_vnd.';
create index quotes_engagement_id_idx on public.quotes (engagement_id, status);
create index quotes_package_id_idx on public.quotes (package_id);
create index quotes_sent_by_idx on public.quotes (sent_by);
create index quotes_decided_by_idx on public.quotes (decided_by);
create index quotes_created_by_idx on public.quotes (created_by);
create unique index quotes_one_sent_per_engagement on public.quotes (engagement_id) where status = 'sent';
create unique index quotes_one_accepted_per_engagement on public.quotes (engagement_id) where status = 'accepted';

alter table public.engagements
  add constraint engagements_accepted_quote_id_fkey foreign key (accepted_quote_id) references public.quotes (id);

create table public.milestones (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  quote_id uuid references public.quotes (id),
  position integer not null default 1,
  title text not null check (length(btrim(title)) > 0),
  responsible public.engagement_party not null default 'provider' check (responsible in ('provider', 'client')),
  due_date date,
  status public.milestone_status not null default 'open',
  done_at timestamptz,
  done_by uuid references auth.users (id),
  done_note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.milestones is 'The agreed work plan; provider milestones must be done before completion, client ones are the client''s share (C3).';
create index milestones_engagement_id_idx on public.milestones (engagement_id, status);
create index milestones_quote_id_idx on public.milestones (quote_id);
create index milestones_done_by_idx on public.milestones (done_by);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create trigger quotes_set_updated_at before update on public.quotes
  for each row execute function private.set_updated_at();
create trigger milestones_set_updated_at before update on public.milestones
  for each row execute function private.set_updated_at();

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.quotes enable row level security;
alter table public.milestones enable row level security;

create policy "Quotes are visible to managers" on public.quotes
  for select to authenticated using ((select private.is_manager()));
create policy "Quotes are visible to their account manager" on public.quotes
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Sent quotes are visible to the client's members" on public.quotes
  for select to authenticated
  using (status <> 'draft' and engagement_id = any (array(select private.my_client_engagement_ids())));

create policy "Milestones are visible to managers" on public.milestones
  for select to authenticated using ((select private.is_manager()));
create policy "Milestones are visible to their account manager" on public.milestones
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Milestones are visible to the client's members" on public.milestones
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.send_quote(
  engagement_id uuid, package_id uuid, price_vnd bigint, scope text, milestones jsonb,
  payment_schedule jsonb default null, draft boolean default false, expected_version integer default null
) returns public.quotes
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(send_quote.engagement_id, send_quote.expected_version);
  schedule jsonb := send_quote.payment_schedule;
  item jsonb;
  total bigint := 0;
  quote public.quotes;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  perform private.require_step(engagement, array['agreement']::public.engagement_step[]);
  if not exists (select 1 from public.service_packages p where p.id = send_quote.package_id and p.active) then
    perform private.refuse('package_not_found', 'provider', 'Choose an active service package.',
      jsonb_build_object('step', engagement.step));
  end if;
  if send_quote.price_vnd is null or send_quote.price_vnd < 0 then
    perform private.refuse('invalid_amount', 'provider', 'The price must be a non-negative amount in VND.',
      jsonb_build_object('step', engagement.step));
  end if;
  perform private.require_text(send_quote.scope, 'scope_required', 'provider', 'Describe the scope of work.');
  if send_quote.milestones is null or jsonb_typeof(send_quote.milestones) <> 'array'
     or jsonb_array_length(send_quote.milestones) = 0 then
    perform private.refuse('invalid_milestones', 'provider', 'A quote needs a work plan of at least one milestone.',
      jsonb_build_object('step', engagement.step));
  end if;
  for item in select value from jsonb_array_elements(send_quote.milestones) loop
    if jsonb_typeof(item) <> 'object' or length(btrim(coalesce(item ->> 'title', ''))) = 0
       or coalesce(item ->> 'responsible', 'provider') not in ('provider', 'client')
       or (item ? 'due_date' and item ->> 'due_date' !~ '^\d{4}-\d{2}-\d{2}$') then
      perform private.refuse('invalid_milestones', 'provider',
        'Each milestone needs a title, a responsible side (provider or client) and an optional date YYYY-MM-DD.',
        jsonb_build_object('step', engagement.step));
    end if;
  end loop;
  if schedule is null then
    schedule := jsonb_build_array(jsonb_build_object(
      'label', 'Thanh toán toàn bộ', 'amount_vnd', send_quote.price_vnd, 'due_before_start', true));
  end if;
  if jsonb_typeof(schedule) <> 'array' or jsonb_array_length(schedule) = 0 then
    perform private.refuse('invalid_payment_schedule', 'provider', 'The payment schedule must list at least one payment.',
      jsonb_build_object('step', engagement.step));
  end if;
  for item in select value from jsonb_array_elements(schedule) loop
    if jsonb_typeof(item) <> 'object' or length(btrim(coalesce(item ->> 'label', ''))) = 0
       or coalesce(item ->> 'amount_vnd', '') !~ '^\d{1,15}$'
       or (item ? 'due_date' and item ->> 'due_date' !~ '^\d{4}-\d{2}-\d{2}$') then
      perform private.refuse('invalid_payment_schedule', 'provider',
        'Each payment needs a label and a whole non-negative VND amount.', jsonb_build_object('step', engagement.step));
    end if;
    total := total + (item ->> 'amount_vnd')::bigint;
  end loop;
  if total <> send_quote.price_vnd then
    perform private.refuse('invalid_payment_schedule', 'provider', 'The payments must add up to the quoted price.',
      jsonb_build_object('step', engagement.step, 'schedule_total', total, 'price_vnd', send_quote.price_vnd));
  end if;

  update public.quotes q set status = 'superseded'
  where q.engagement_id = engagement.id and q.status in ('draft', 'sent');
  insert into public.quotes (engagement_id, package_id, price_vnd, scope, milestones, payment_schedule, status,
                             sent_at, sent_by, created_by)
  values (engagement.id, send_quote.package_id, send_quote.price_vnd, btrim(send_quote.scope), send_quote.milestones,
          schedule, case when send_quote.draft then 'draft' else 'sent' end::public.quote_status,
          case when send_quote.draft then null else now() end,
          case when send_quote.draft then null else (select auth.uid()) end, (select auth.uid()))
  returning * into quote;
  perform private.log_event(engagement.id, case when send_quote.draft then 'quote_drafted' else 'quote_sent' end,
    not send_quote.draft, null,
    jsonb_build_object('quote_id', quote.id, 'price_vnd', quote.price_vnd, 'package_id', quote.package_id));
  perform private.refresh_whose_move(engagement.id);
  return quote;
end
$$;
comment on function public.send_quote(uuid, uuid, bigint, text, jsonb, jsonb, boolean, integer)
  is 'The assigned account manager or a manager sends (or drafts) the quote; it supersedes earlier drafts and sent quotes.';

create or replace function public.decline_quote(quote_id uuid, reason text) returns public.quotes
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select q.engagement_id from public.quotes q where q.id = decline_quote.quote_id));
  quote public.quotes;
  clean_reason text;
begin
  perform private.require_client(engagement, true);
  perform private.require_active(engagement);
  select q.* into quote from public.quotes q where q.id = decline_quote.quote_id for update;
  if quote.status <> 'sent' then
    perform private.refuse('quote_not_sent', 'provider', 'Only a sent quote can be declined.',
      jsonb_build_object('step', engagement.step, 'quote_status', quote.status));
  end if;
  clean_reason := private.require_text(decline_quote.reason, 'reason_required', 'client', 'Say why the quote is declined.');
  update public.quotes q
  set status = 'declined', decided_at = now(), decided_by = (select auth.uid()), decline_reason = clean_reason
  where q.id = quote.id
  returning * into quote;
  perform private.log_event(engagement.id, 'quote_declined', true, clean_reason, jsonb_build_object('quote_id', quote.id));
  perform private.refresh_whose_move(engagement.id);
  return quote;
end
$$;
comment on function public.decline_quote(uuid, text) is 'The client''s approver declines the sent quote with a reason; the provider revises it.';

create or replace function public.mark_milestone_done(milestone_id uuid, note text default null) returns public.milestones
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select m.engagement_id from public.milestones m where m.id = mark_milestone_done.milestone_id));
  milestone public.milestones;
begin
  select m.* into milestone from public.milestones m where m.id = mark_milestone_done.milestone_id for update;
  if milestone.responsible = 'provider' then
    perform private.require_provider(engagement);
  else
    perform private.require_client(engagement);
  end if;
  perform private.require_active(engagement);
  perform private.require_step(engagement, array['implementation']::public.engagement_step[]);
  if milestone.status = 'done' then
    perform private.refuse('milestone_already_done', 'none', 'This milestone is already done.',
      jsonb_build_object('step', engagement.step));
  end if;
  update public.milestones m
  set status = 'done', done_at = now(), done_by = (select auth.uid()), done_note = nullif(btrim(mark_milestone_done.note), '')
  where m.id = milestone.id
  returning * into milestone;
  perform private.log_event(engagement.id, 'milestone_done', true, milestone.done_note,
    jsonb_build_object('milestone_id', milestone.id, 'responsible', milestone.responsible));
  perform private.refresh_whose_move(engagement.id);
  return milestone;
end
$$;
comment on function public.mark_milestone_done(uuid, text) is 'The responsible side marks a milestone of the agreed work plan done during implementation.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.quotes, public.milestones from public, anon, authenticated;
grant select on public.quotes, public.milestones to authenticated;
grant select, insert, update, delete on public.quotes, public.milestones to service_role;

revoke all on function public.send_quote(uuid, uuid, bigint, text, jsonb, jsonb, boolean, integer),
  public.decline_quote(uuid, text), public.mark_milestone_done(uuid, text) from public, anon;
grant execute on function public.send_quote(uuid, uuid, bigint, text, jsonb, jsonb, boolean, integer),
  public.decline_quote(uuid, text), public.mark_milestone_done(uuid, text) to authenticated, service_role;
