-- Binding decisions: each records who took it, when and from which browser (the request's
-- User-Agent and first X-Forwarded-For address, as PostgREST passes them in request.headers); the
-- provider may withdraw or revise a quote or a change request's quote until the client decides, and
-- a decision on a withdrawn or stale version is a conflict; prices and days have bounds; a quote's
-- schedule says when each payment falls due (deposit before start, balance at acceptance or on a date).

-- =========================================================================================
-- Enums
-- =========================================================================================
-- Only function bodies use the new value, so adding it in this migration's transaction is safe.
alter type public.quote_status add value if not exists 'withdrawn';

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.quotes
  add column withdrawn_at timestamptz,
  add column withdrawn_by uuid references auth.users (id),
  add column withdrawal_reason text,
  add constraint quotes_price_vnd_bounded check (price_vnd <= 100000000000);
comment on column public.quotes.withdrawn_at is 'When the provider withdrew the sent quote before the client decided.';
comment on column public.quotes.withdrawal_reason is 'What the provider told the client when withdrawing the quote (optional).';
create index quotes_withdrawn_by_idx on public.quotes (withdrawn_by);

alter table public.change_requests
  add constraint change_requests_extra_price_vnd_bounded check (extra_price_vnd <= 100000000000),
  add constraint change_requests_extra_days_bounded check (extra_days <= 730);

alter table public.payments
  add constraint payments_amount_vnd_bounded check (amount_vnd <= 100000000000),
  drop constraint payments_label_code_check,
  add constraint payments_label_code_check check (label_code in ('full_payment', 'deposit', 'balance'));
comment on column public.payments.label_code is
  'Set when the database or the quote form chose the label (full_payment, deposit, balance): the app words the code; label is the fallback.';
comment on column public.quotes.payment_schedule is
  'Proposed payments: [{label, label_code?, amount_vnd, due_condition, due_on?, due_before_start}] summing to price_vnd.';

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.request_header(name text) returns text
language plpgsql stable set search_path = '' as $$
declare
  headers jsonb;
begin
  -- PostgREST sets request.headers to a JSON object of the lower-cased request headers.
  headers := nullif(current_setting('request.headers', true), '')::jsonb;
  return nullif(btrim(headers ->> lower(request_header.name)), '');
exception when others then
  return null;
end
$$;
comment on function private.request_header(text) is 'One header of the API request being served (null outside a request or when absent).';

create or replace function private.max_price_vnd() returns bigint
language sql immutable set search_path = '' as $$ select 100000000000::bigint $$;
comment on function private.max_price_vnd() is 'The largest price or extra price a quote may name: 100.000.000.000 ₫.';

create or replace function private.max_extra_days() returns integer
language sql immutable set search_path = '' as $$ select 730 $$;
comment on function private.max_extra_days() is 'The most extra days a change request''s quote may add: two years.';

create or replace function private.require_price(amount bigint, step public.engagement_step)
returns void
language plpgsql stable set search_path = '' as $$
begin
  if require_price.amount is null or require_price.amount < 0 then
    perform private.refuse('invalid_amount', 'provider', 'The price must be a whole non-negative amount in VND.',
      jsonb_build_object('step', require_price.step, 'max_vnd', private.max_price_vnd()));
  end if;
  if require_price.amount > private.max_price_vnd() then
    perform private.refuse('amount_too_large', 'provider', 'A price is at most 100.000.000.000 VND.',
      jsonb_build_object('step', require_price.step, 'max_vnd', private.max_price_vnd(),
                         'amount_vnd', require_price.amount));
  end if;
end
$$;
comment on function private.require_price(bigint, public.engagement_step)
  is 'Refuses a missing or negative price (invalid_amount) and one above private.max_price_vnd() (amount_too_large).';

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.record_decision_origin() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.decided_at is null or (tg_op = 'UPDATE' and old.decided_at is not distinct from new.decided_at) then
    return new;
  end if;
  new.decided_by := coalesce(new.decided_by, (select auth.uid()));
  new.decided_user_agent := coalesce(left(private.request_header('user-agent'), 512), new.decided_user_agent);
  -- The first address is the client's: each proxy on the way appends the address it received from.
  new.decided_from := coalesce(
    nullif(btrim(split_part(private.request_header('x-forwarded-for'), ',', 1)), ''), new.decided_from);
  return new;
end
$$;
comment on function private.record_decision_origin()
  is 'When a decision is taken (decided_at set), records who took it and the browser and address of the request that took it.';

create trigger quotes_record_decision_origin before insert or update of decided_at on public.quotes
  for each row execute function private.record_decision_origin();
create trigger change_requests_record_decision_origin before insert or update of decided_at on public.change_requests
  for each row execute function private.record_decision_origin();
create trigger acceptances_record_decision_origin before insert or update of decided_at on public.acceptances
  for each row execute function private.record_decision_origin();

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function private.normalise_payment_schedule(schedule jsonb, price_vnd bigint,
  step public.engagement_step) returns jsonb
language plpgsql stable set search_path = '' as $$
declare
  item jsonb;
  condition text;
  due_on text;
  due_day date;
  total bigint := 0;
  normalised jsonb := '[]'::jsonb;
  today date := (now() at time zone 'Asia/Ho_Chi_Minh')::date;
begin
  if jsonb_typeof(normalise_payment_schedule.schedule) is distinct from 'array'
     or jsonb_array_length(normalise_payment_schedule.schedule) = 0 then
    perform private.refuse('invalid_payment_schedule', 'provider', 'The payment schedule must list at least one payment.',
      jsonb_build_object('step', normalise_payment_schedule.step));
  end if;
  for item in select value from jsonb_array_elements(normalise_payment_schedule.schedule) loop
    if jsonb_typeof(item) <> 'object' or length(btrim(coalesce(item ->> 'label', ''))) = 0
       or coalesce(item ->> 'amount_vnd', '') !~ '^\d{1,15}$'
       or coalesce(item ->> 'label_code', 'full_payment') not in ('full_payment', 'deposit', 'balance') then
      perform private.refuse('invalid_payment_schedule', 'provider',
        'Each payment needs a label and a whole non-negative VND amount.',
        jsonb_build_object('step', normalise_payment_schedule.step));
    end if;
    -- Older callers said due_before_start and due_date; the condition is derived as payments do.
    condition := coalesce(item ->> 'due_condition', case
      when coalesce((item ->> 'due_before_start')::boolean, false) then 'before_start'
      when item ? 'due_date' then 'on_date' else 'at_acceptance' end);
    due_on := coalesce(item ->> 'due_on', item ->> 'due_date');
    if condition not in ('before_start', 'at_acceptance', 'on_date')
       or (condition = 'on_date' and coalesce(due_on, '') !~ '^\d{4}-\d{2}-\d{2}$') then
      perform private.refuse('invalid_payment_schedule', 'provider',
        'Each payment is due before start, at acceptance or on a date YYYY-MM-DD.',
        jsonb_build_object('step', normalise_payment_schedule.step, 'due_condition', condition));
    end if;
    if condition = 'on_date' then
      begin
        due_day := due_on::date;
      exception when others then
        due_day := null;
      end;
    end if;
    if condition = 'on_date' and (due_day is null or due_day < today) then
      perform private.refuse('invalid_payment_schedule', 'provider', 'A payment falls due on a real day, today or later.',
        jsonb_build_object('step', normalise_payment_schedule.step, 'due_on', due_on));
    end if;
    total := total + (item ->> 'amount_vnd')::bigint;
    normalised := normalised || jsonb_build_array(
      (item - 'due_date' - 'due_on' - 'due_condition' - 'due_before_start')
      || jsonb_build_object('label', btrim(item ->> 'label'), 'amount_vnd', (item ->> 'amount_vnd')::bigint,
                            'due_condition', condition, 'due_before_start', condition = 'before_start')
      || case when condition = 'on_date' then jsonb_build_object('due_on', due_on) else '{}'::jsonb end);
  end loop;
  if total <> normalise_payment_schedule.price_vnd then
    perform private.refuse('invalid_payment_schedule', 'provider', 'The payments must add up to the quoted price.',
      jsonb_build_object('step', normalise_payment_schedule.step, 'schedule_total', total,
                         'price_vnd', normalise_payment_schedule.price_vnd));
  end if;
  return normalised;
end
$$;
comment on function private.normalise_payment_schedule(jsonb, bigint, public.engagement_step)
  is 'Checks a quote''s payment schedule and writes each payment''s due_condition (and due_on) the way accepting turns them into payments.';

create or replace function public.send_quote(
  engagement_id uuid, package_id uuid, price_vnd bigint, scope text, milestones jsonb,
  payment_schedule jsonb default null, draft boolean default false, expected_version integer default null
) returns public.quotes
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(send_quote.engagement_id, send_quote.expected_version);
  schedule jsonb;
  item jsonb;
  quote public.quotes;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  perform private.require_step(engagement, array['agreement']::public.engagement_step[]);
  if not exists (select 1 from public.service_packages p where p.id = send_quote.package_id and p.active) then
    perform private.refuse('package_not_found', 'provider', 'Choose an active service package.',
      jsonb_build_object('step', engagement.step));
  end if;
  -- The price is checked before the schedule, so a price out of bounds is named as such.
  perform private.require_price(send_quote.price_vnd, engagement.step);
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
  schedule := private.normalise_payment_schedule(coalesce(send_quote.payment_schedule, jsonb_build_array(
    jsonb_build_object('label', 'Thanh toán toàn bộ', 'label_code', 'full_payment',
                       'amount_vnd', send_quote.price_vnd, 'due_condition', 'before_start'))),
    send_quote.price_vnd, engagement.step);

  -- A draft replaces the earlier drafts only: the quote the client is deciding on stays sent.
  -- Sending replaces the sent quote: that is how the provider revises it before the client decides.
  update public.quotes q set status = 'superseded'
  where q.engagement_id = engagement.id
    and (q.status = 'draft' or (q.status = 'sent' and not send_quote.draft));
  insert into public.quotes (engagement_id, package_id, price_vnd, scope, milestones, payment_schedule, status,
                             sent_at, sent_by, created_by)
  values (engagement.id, send_quote.package_id, send_quote.price_vnd, btrim(send_quote.scope), send_quote.milestones,
          schedule, case when send_quote.draft then 'draft' else 'sent' end::public.quote_status,
          case when send_quote.draft then null else now() end,
          case when send_quote.draft then null else (select auth.uid()) end, (select auth.uid()))
  returning * into quote;
  if not send_quote.draft then
    -- New terms are a change of the engagement: a decision taken on the old version is refused.
    update public.engagements e set updated_at = now() where e.id = engagement.id;
  end if;
  perform private.log_event(engagement.id, case when send_quote.draft then 'quote_drafted' else 'quote_sent' end,
    not send_quote.draft, null,
    jsonb_build_object('quote_id', quote.id, 'price_vnd', quote.price_vnd, 'package_id', quote.package_id));
  perform private.refresh_whose_move(engagement.id);
  return quote;
end
$$;
comment on function public.send_quote(uuid, uuid, bigint, text, jsonb, jsonb, boolean, integer)
  is 'The assigned account manager or a manager sends (or drafts) the quote; sending supersedes earlier drafts and the sent quote (a revision) and raises the engagement''s version, drafting replaces earlier drafts only.';

create or replace function public.withdraw_quote(quote_id uuid, reason text default null) returns public.quotes
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select q.engagement_id from public.quotes q where q.id = withdraw_quote.quote_id));
  quote public.quotes;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  perform private.require_step(engagement, array['agreement']::public.engagement_step[]);
  select q.* into quote from public.quotes q where q.id = withdraw_quote.quote_id for update;
  if quote.status <> 'sent' then
    perform private.refuse('quote_not_sent', 'none', 'Only a sent quote the client has not decided on can be withdrawn.',
      jsonb_build_object('step', engagement.step, 'quote_status', quote.status));
  end if;
  update public.quotes q
  set status = 'withdrawn', withdrawn_at = now(), withdrawn_by = (select auth.uid()),
      withdrawal_reason = nullif(btrim(withdraw_quote.reason), '')
  where q.id = quote.id
  returning * into quote;
  -- The terms on the table changed: a decision taken on the withdrawn quote is refused.
  update public.engagements e set updated_at = now() where e.id = engagement.id;
  perform private.log_event(engagement.id, 'quote_withdrawn', true, quote.withdrawal_reason,
    jsonb_build_object('quote_id', quote.id, 'quote_version', quote.version));
  perform private.refresh_whose_move(engagement.id);
  return quote;
end
$$;
comment on function public.withdraw_quote(uuid, text)
  is 'The assigned account manager or a manager withdraws the sent quote before the client decides; the engagement waits for a new quote.';

create or replace function private.refuse_stale_quote(engagement public.engagements, quote_id uuid,
  quote_version integer) returns void
language plpgsql stable security definer set search_path = '' as $$
declare
  current_quote public.quotes;
begin
  select q.* into current_quote from public.quotes q
  where q.engagement_id = refuse_stale_quote.engagement.id and q.status = 'sent';
  if current_quote.id is distinct from refuse_stale_quote.quote_id
     or current_quote.version is distinct from refuse_stale_quote.quote_version then
    perform private.refuse('quote_conflict', case when current_quote.id is null then 'provider' else 'client' end,
      'The quote changed or was withdrawn since you opened it; reload to see the current terms before you decide.',
      jsonb_build_object('step', refuse_stale_quote.engagement.step, 'current_quote_id', current_quote.id,
                         'current_quote_version', current_quote.version, 'quote_id', refuse_stale_quote.quote_id,
                         'quote_version', refuse_stale_quote.quote_version));
  end if;
end
$$;
comment on function private.refuse_stale_quote(public.engagements, uuid, integer)
  is 'Refuses (quote_conflict) a decision on a quote that is not the current sent one at that version: revised, withdrawn or replaced.';

create or replace function private.accept_sent_quote(engagement public.engagements, quote_id uuid, quote_version integer)
returns public.quotes
language plpgsql security definer set search_path = '' as $$
declare
  quote public.quotes;
begin
  if accept_sent_quote.quote_id is null or accept_sent_quote.quote_version is null then
    select q.* into quote from public.quotes q
    where q.engagement_id = accept_sent_quote.engagement.id and q.status = 'sent';
    if not found then
      perform private.refuse('quote_not_sent', 'provider', 'The provider has not sent a quote to accept yet.',
        jsonb_build_object('step', accept_sent_quote.engagement.step));
    end if;
    perform private.refuse('quote_required', 'client', 'Name the quote you accept: its id and version.',
      jsonb_build_object('step', accept_sent_quote.engagement.step, 'current_quote_id', quote.id,
                         'current_quote_version', quote.version));
  end if;
  perform private.refuse_stale_quote(accept_sent_quote.engagement, accept_sent_quote.quote_id,
    accept_sent_quote.quote_version);
  update public.quotes q set status = 'accepted', decided_at = now(), decided_by = (select auth.uid())
  where q.id = accept_sent_quote.quote_id returning * into quote;
  insert into public.milestones (engagement_id, quote_id, position, title, responsible, due_date)
  select quote.engagement_id, quote.id, m.ordinality::integer, btrim(m.value ->> 'title'),
         coalesce(m.value ->> 'responsible', 'provider')::public.engagement_party, (m.value ->> 'due_date')::date
  from jsonb_array_elements(quote.milestones) with ordinality as m (value, ordinality);
  insert into public.payments (engagement_id, kind, label, label_code, amount_vnd, due_condition, due_on,
                               due_before_start, due_date, quote_id)
  select quote.engagement_id, 'installment', btrim(p.value ->> 'label'),
         case when p.value ->> 'label_code' in ('full_payment', 'deposit', 'balance') then p.value ->> 'label_code' end,
         (p.value ->> 'amount_vnd')::bigint, (p.value ->> 'due_condition')::public.payment_due_condition,
         (p.value ->> 'due_on')::date, coalesce((p.value ->> 'due_before_start')::boolean, false),
         coalesce(p.value ->> 'due_on', p.value ->> 'due_date')::date, quote.id
  from jsonb_array_elements(quote.payment_schedule) with ordinality as p (value, ordinality)
  order by p.ordinality;
  return quote;
end
$$;
comment on function private.accept_sent_quote(public.engagements, uuid, integer)
  is 'Accepting fixes the quote the approver named, only while it is the current sent one at that version: it is accepted and its milestones and payments (with their due conditions) become rows (P1, P2).';

create or replace function public.transition_engagement(
  engagement_id uuid, to_step public.engagement_step, expected_version integer, note text default null,
  quote_id uuid default null, quote_version integer default null
) returns public.engagements
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements;
  steps public.engagement_step[] := enum_range(null::public.engagement_step);
  from_step public.engagement_step;
  is_rejection boolean;
  clean_note text := nullif(btrim(transition_engagement.note), '');
  quote public.quotes;
  warranty_months integer;
begin
  if transition_engagement.expected_version is null then
    perform private.refuse('version_required', 'none', 'Send the version of the engagement you are looking at.');
  end if;
  engagement := private.lock_engagement(transition_engagement.engagement_id);
  -- Accepting a quote that was revised or withdrawn meanwhile says so, rather than only "changed".
  if engagement.version <> transition_engagement.expected_version and engagement.step = 'agreement'
     and transition_engagement.to_step = 'payment' and transition_engagement.quote_id is not null then
    perform private.refuse_stale_quote(engagement, transition_engagement.quote_id, transition_engagement.quote_version);
  end if;
  engagement := private.lock_engagement(transition_engagement.engagement_id, transition_engagement.expected_version);
  from_step := engagement.step;
  is_rejection := from_step = 'acceptance' and transition_engagement.to_step = 'implementation';

  if transition_engagement.to_step is null
     or (array_position(steps, transition_engagement.to_step) <> array_position(steps, from_step) + 1
         and not is_rejection) then
    perform private.refuse('invalid_transition', engagement.whose_move::text,
      'Steps are taken in order: from ' || from_step || ' the next step is '
        || coalesce(steps[array_position(steps, from_step) + 1]::text, 'none (close the engagement)') || '.',
      jsonb_build_object('step', from_step, 'to_step', transition_engagement.to_step,
                         'next_step', steps[array_position(steps, from_step) + 1]));
  end if;

  if from_step in ('agreement', 'acceptance') then
    perform private.require_client(engagement, true);
  else
    perform private.require_provider(engagement);
  end if;
  perform private.require_active(engagement);
  perform private.check_leave_step(engagement);
  if is_rejection and clean_note is null then
    perform private.refuse('reason_required', 'client', 'Say what must be fixed before you can accept.',
      jsonb_build_object('step', from_step));
  end if;

  perform private.begin_engagement_write();
  if from_step = 'agreement' then
    quote := private.accept_sent_quote(engagement, transition_engagement.quote_id, transition_engagement.quote_version);
    update public.engagements e
    set package_id = quote.package_id, agreed_price_vnd = quote.price_vnd, accepted_quote_id = quote.id
    where e.id = engagement.id;
  elsif from_step = 'acceptance' then
    insert into public.acceptances (engagement_id, decision, note, decided_by)
    values (engagement.id, case when is_rejection then 'rejected' else 'accepted' end::public.acceptance_decision,
            clean_note, (select auth.uid()));
    if not is_rejection then
      select p.warranty_months into warranty_months from public.service_packages p where p.id = engagement.package_id;
      update public.engagements e
      set warranty_starts_at = now(), warranty_ends_at = now() + make_interval(months => coalesce(warranty_months, 0))
      where e.id = engagement.id;
    end if;
  end if;
  update public.engagements e
  set step = transition_engagement.to_step, step_entered_at = now()
  where e.id = engagement.id;
  perform private.end_engagement_write();

  -- The note is shown to the client with the event: the hand-over note (completion -> acceptance),
  -- the rejection's reason, or what the provider says with any other move.
  perform private.log_event(engagement.id, case when is_rejection then 'acceptance_rejected' else 'step_changed' end,
    true, clean_note,
    case when quote.id is null then '{}'::jsonb
         else jsonb_build_object('quote_id', quote.id, 'quote_version', quote.version) end,
    from_step, transition_engagement.to_step);
  perform private.refresh_whose_move(engagement.id);
  select e.* into engagement from public.engagements e where e.id = transition_engagement.engagement_id;
  return engagement;
end
$$;
comment on function public.transition_engagement(uuid, public.engagement_step, integer, text, uuid, integer)
  is 'The only way to move an engagement between steps: checks actor, state, preconditions and version, applies side effects, logs one event (its note is the hand-over note at completion -> acceptance). Agreement -> payment accepts the quote named by quote_id and quote_version.';

drop function public.decline_quote(uuid, text);
create function public.decline_quote(quote_id uuid, reason text, quote_version integer default null)
returns public.quotes
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
  if quote.status in ('withdrawn', 'superseded')
     or (quote.status = 'sent' and decline_quote.quote_version is not null
         and quote.version <> decline_quote.quote_version) then
    perform private.refuse_stale_quote(engagement, decline_quote.quote_id,
      coalesce(decline_quote.quote_version, quote.version));
  end if;
  if quote.status <> 'sent' then
    perform private.refuse('quote_not_sent', 'provider', 'Only a sent quote can be declined.',
      jsonb_build_object('step', engagement.step, 'quote_status', quote.status));
  end if;
  clean_reason := private.require_text(decline_quote.reason, 'reason_required', 'client', 'Say why the quote is declined.');
  update public.quotes q
  set status = 'declined', decided_at = now(), decided_by = (select auth.uid()), decline_reason = clean_reason
  where q.id = quote.id
  returning * into quote;
  perform private.log_event(engagement.id, 'quote_declined', true, clean_reason,
    jsonb_build_object('quote_id', quote.id, 'quote_version', quote.version));
  perform private.refresh_whose_move(engagement.id);
  return quote;
end
$$;
comment on function public.decline_quote(uuid, text, integer)
  is 'The client''s approver declines the sent quote (at the version they saw) with a reason; the provider revises it. A withdrawn or revised quote is a quote_conflict.';

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
  perform private.require_price(quote_change_request.extra_price_vnd, engagement.step);
  if quote_change_request.extra_days is null or quote_change_request.extra_days < 0
     or quote_change_request.extra_days > private.max_extra_days() then
    perform private.refuse('days_out_of_range', 'provider', 'Extra days are a whole number from 0 to 730.',
      jsonb_build_object('step', engagement.step, 'min_days', 0, 'max_days', private.max_extra_days(),
                         'extra_days', quote_change_request.extra_days));
  end if;
  -- Quoting again (a revision) raises the version: an approval of the earlier terms is a conflict.
  update public.change_requests c
  set status = 'quoted', extra_price_vnd = quote_change_request.extra_price_vnd, extra_days = quote_change_request.extra_days,
      quote_note = nullif(btrim(quote_change_request.note), ''), quoted_by = (select auth.uid()), quoted_at = now()
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_quoted', true, change_request.quote_note,
    jsonb_build_object('change_request_id', change_request.id, 'extra_price_vnd', change_request.extra_price_vnd,
                       'extra_days', change_request.extra_days, 'change_request_version', change_request.version));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.quote_change_request(uuid, bigint, integer, text)
  is 'The assigned account manager or a manager quotes (or revises the quote of) a change request: extra price up to 100.000.000.000 VND, 0 to 730 extra days.';

create or replace function public.withdraw_change_request_quote(change_request_id uuid, reason text default null)
returns public.change_requests
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_change_request(withdraw_change_request_quote.change_request_id);
  engagement public.engagements := locked.engagement;
  change_request public.change_requests := locked.change_request;
  withdrawn_version integer := change_request.version;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  if change_request.status <> 'quoted' then
    perform private.refuse('change_request_not_quoted', 'none',
      'Only a quoted change request the client has not decided on can have its quote withdrawn.',
      jsonb_build_object('step', engagement.step, 'change_request_status', change_request.status));
  end if;
  update public.change_requests c
  set status = 'submitted', extra_price_vnd = null, extra_days = null, quote_note = null, quoted_by = null,
      quoted_at = null
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_quote_withdrawn', true,
    nullif(btrim(withdraw_change_request_quote.reason), ''),
    jsonb_build_object('change_request_id', change_request.id, 'change_request_version', withdrawn_version));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.withdraw_change_request_quote(uuid, text)
  is 'The provider withdraws a change request''s quote before the client decides: it waits for a new quote, and an approval of the withdrawn terms is a conflict.';

create or replace function public.approve_change_request(
  change_request_id uuid, extra_price_vnd bigint default null, change_request_version integer default null
) returns public.change_requests
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_change_request(approve_change_request.change_request_id);
  engagement public.engagements := locked.engagement;
  change_request public.change_requests := locked.change_request;
  new_payment_id uuid;
begin
  perform private.require_client(engagement, true);
  perform private.require_active(engagement);
  if change_request.status = 'submitted' and approve_change_request.change_request_version is not null
     and approve_change_request.change_request_version <> change_request.version then
    -- The approver saw a quote the provider has withdrawn since.
    perform private.refuse('change_request_conflict', 'provider',
      'The provider withdrew this quote since you opened it; wait for the new quote.',
      jsonb_build_object('step', engagement.step, 'current_extra_price_vnd', null, 'current_extra_days', null,
                         'current_change_request_version', change_request.version,
                         'extra_price_vnd', approve_change_request.extra_price_vnd,
                         'change_request_version', approve_change_request.change_request_version));
  end if;
  if change_request.status <> 'quoted' then
    perform private.refuse('change_request_not_quoted', 'provider', 'The provider must quote the change request first.',
      jsonb_build_object('step', engagement.step, 'change_request_status', change_request.status));
  end if;
  if approve_change_request.extra_price_vnd is null or approve_change_request.change_request_version is null then
    perform private.refuse('change_request_terms_required', 'client',
      'Name the quoted extra price and the version of the change request you approve.',
      jsonb_build_object('step', engagement.step, 'current_extra_price_vnd', change_request.extra_price_vnd,
                         'current_change_request_version', change_request.version));
  end if;
  if change_request.extra_price_vnd <> approve_change_request.extra_price_vnd
     or change_request.version <> approve_change_request.change_request_version then
    perform private.refuse('change_request_conflict', 'client',
      'The change request was quoted again since you opened it; reload to see the current price before you approve.',
      jsonb_build_object('step', engagement.step, 'current_extra_price_vnd', change_request.extra_price_vnd,
                         'current_extra_days', change_request.extra_days,
                         'current_change_request_version', change_request.version,
                         'extra_price_vnd', approve_change_request.extra_price_vnd,
                         'change_request_version', approve_change_request.change_request_version));
  end if;
  if change_request.extra_price_vnd > 0 then
    insert into public.payments (engagement_id, kind, label, amount_vnd, due_before_start, change_request_id)
    values (engagement.id, 'change_request', change_request.title, change_request.extra_price_vnd,
            false, change_request.id)
    returning id into new_payment_id;
  end if;
  update public.change_requests c
  set status = 'approved', decided_by = (select auth.uid()), decided_at = now(), payment_id = new_payment_id
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_approved', true, null,
    jsonb_build_object('change_request_id', change_request.id, 'payment_id', new_payment_id,
                       'extra_price_vnd', change_request.extra_price_vnd,
                       'change_request_version', change_request.version));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.approve_change_request(uuid, bigint, integer)
  is 'The client''s approver approves a quoted change at the price and version they saw (a withdrawn or revised quote is a conflict); a change_request payment named by the change''s title is created for any extra price.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on function private.request_header(text), private.max_price_vnd(), private.max_extra_days(),
  private.require_price(bigint, public.engagement_step), private.record_decision_origin(),
  private.normalise_payment_schedule(jsonb, bigint, public.engagement_step),
  private.refuse_stale_quote(public.engagements, uuid, integer) from public, anon;

revoke all on function public.withdraw_quote(uuid, text), public.decline_quote(uuid, text, integer),
  public.withdraw_change_request_quote(uuid, text) from public, anon;
grant execute on function public.withdraw_quote(uuid, text), public.decline_quote(uuid, text, integer),
  public.withdraw_change_request_quote(uuid, text) to authenticated, service_role;
