-- Labels the database writes are codes the app puts into words, in the reader's language: the
-- default full-payment installment carries label_code 'full_payment', a change request's payment is
-- named by the change's title alone (its kind says it is a change). SLA windows are readable, so the
-- app explains a triage with the database's hours instead of a copy of them.

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.payments add column label_code text check (label_code in ('full_payment'));
comment on column public.payments.label_code is
  'Set when the database chose the label: the app shows its own words for the code; label is the fallback.';

-- Rows written before the codes: the default label becomes its code, a change's payment its title.
update public.payments set label_code = 'full_payment' where kind = 'installment' and label = 'Thanh toán toàn bộ';
update public.payments p set label = c.title
from public.change_requests c
where p.kind = 'change_request' and c.id = p.change_request_id and p.label = 'Thay đổi: ' || c.title;
update public.quotes q
set payment_schedule = (
  select jsonb_agg(case when item ->> 'label' = 'Thanh toán toàn bộ' and not item ? 'label_code'
                        then item || jsonb_build_object('label_code', 'full_payment') else item end
                   order by ordinality)
  from jsonb_array_elements(q.payment_schedule) with ordinality as s (item, ordinality))
where jsonb_typeof(q.payment_schedule) = 'array'
  and exists (select 1 from jsonb_array_elements(q.payment_schedule) i (item) where i.item ->> 'label' = 'Thanh toán toàn bộ');
comment on column public.quotes.payment_schedule is
  'Proposed payments: [{label, label_code?, amount_vnd, due_before_start, due_date?}] summing to price_vnd.';

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
      'label', 'Thanh toán toàn bộ', 'label_code', 'full_payment', 'amount_vnd', send_quote.price_vnd,
      'due_before_start', true));
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

  -- A draft replaces the earlier drafts only: the quote the client is deciding on stays sent.
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
  is 'The assigned account manager or a manager sends (or drafts) the quote; sending supersedes earlier drafts and sent quotes and raises the engagement''s version, drafting replaces earlier drafts only.';

create or replace function private.accept_sent_quote(engagement public.engagements, quote_id uuid, quote_version integer)
returns public.quotes
language plpgsql security definer set search_path = '' as $$
declare
  quote public.quotes;
begin
  select q.* into quote from public.quotes q
  where q.engagement_id = accept_sent_quote.engagement.id and q.status = 'sent' for update;
  if not found then
    perform private.refuse('quote_not_sent', 'provider', 'The provider has not sent a quote to accept yet.',
      jsonb_build_object('step', accept_sent_quote.engagement.step));
  end if;
  if accept_sent_quote.quote_id is null or accept_sent_quote.quote_version is null then
    perform private.refuse('quote_required', 'client', 'Name the quote you accept: its id and version.',
      jsonb_build_object('step', accept_sent_quote.engagement.step, 'current_quote_id', quote.id,
                         'current_quote_version', quote.version));
  end if;
  if quote.id <> accept_sent_quote.quote_id or quote.version <> accept_sent_quote.quote_version then
    perform private.refuse('quote_conflict', 'client',
      'The quote changed since you opened it; reload to see the current terms before you accept.',
      jsonb_build_object('step', accept_sent_quote.engagement.step, 'current_quote_id', quote.id,
                         'current_quote_version', quote.version, 'quote_id', accept_sent_quote.quote_id,
                         'quote_version', accept_sent_quote.quote_version));
  end if;
  update public.quotes q set status = 'accepted', decided_at = now(), decided_by = (select auth.uid())
  where q.id = quote.id returning * into quote;
  insert into public.milestones (engagement_id, quote_id, position, title, responsible, due_date)
  select quote.engagement_id, quote.id, m.ordinality::integer, btrim(m.value ->> 'title'),
         coalesce(m.value ->> 'responsible', 'provider')::public.engagement_party, (m.value ->> 'due_date')::date
  from jsonb_array_elements(quote.milestones) with ordinality as m (value, ordinality);
  insert into public.payments (engagement_id, kind, label, label_code, amount_vnd, due_before_start, due_date, quote_id)
  select quote.engagement_id, 'installment', btrim(p.value ->> 'label'),
         case when p.value ->> 'label_code' = 'full_payment' then 'full_payment' end, (p.value ->> 'amount_vnd')::bigint,
         coalesce((p.value ->> 'due_before_start')::boolean, false), (p.value ->> 'due_date')::date, quote.id
  from jsonb_array_elements(quote.payment_schedule) with ordinality as p (value, ordinality)
  order by p.ordinality;
  return quote;
end
$$;
comment on function private.accept_sent_quote(public.engagements, uuid, integer)
  is 'Accepting fixes the quote the approver named, only while it is the current sent one at that version: it is accepted and its milestones and payments become rows (P1, P2).';

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
  is 'The client''s approver approves a quoted change at the price and version they saw; a change_request payment named by the change''s title is created for any extra price.';

drop function public.oversight_overdue_payments();
create function public.oversight_overdue_payments()
returns table (payment_id uuid, engagement_id uuid, engagement_code text, client_name text, kind public.payment_kind,
               label text, label_code text, amount_vnd bigint, due_date date, days_overdue integer,
               status public.payment_status)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  select p.id, e.id, e.code, c.name, p.kind, p.label, p.label_code, p.amount_vnd, p.due_date,
         ((now() at time zone 'Asia/Ho_Chi_Minh')::date - p.due_date)::integer, p.status
  from public.payments p
  join public.engagements e on e.id = p.engagement_id
  join public.clients c on c.id = e.client_id
  where p.status in ('due', 'rejected') and p.due_date < (now() at time zone 'Asia/Ho_Chi_Minh')::date
    and e.state in ('active', 'on_hold')
  order by p.due_date, e.code
$$;
comment on function public.oversight_overdue_payments() is 'Payments past their due date (Vietnam''s calendar) that the client has not paid.';

create function public.warranty_sla_windows()
returns table (priority public.warranty_priority, response_hours integer, resolution_hours integer)
language sql stable security definer set search_path = '' as $$
  select p.priority,
         (extract(epoch from private.sla_response(p.priority)) / 3600)::integer,
         (extract(epoch from private.sla_resolution(p.priority)) / 3600)::integer
  from unnest(enum_range(null::public.warranty_priority)) with ordinality p (priority, position)
  order by p.position
$$;
comment on function public.warranty_sla_windows() is 'Response and resolution hours per priority, as triage applies them.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on function public.oversight_overdue_payments(), public.warranty_sla_windows() from public, anon;
grant execute on function public.oversight_overdue_payments(), public.warranty_sla_windows() to authenticated, service_role;
