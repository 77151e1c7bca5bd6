-- Security fixes: an inactive user holds no role anywhere and loses their sessions at once; the
-- client's decisions name the terms they accept, so a later change of terms cannot ride on them;
-- a draft quote stays the provider's for its whole life.

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.client_members add column if not exists active boolean not null default true;
comment on column public.client_members.active is 'An inactive member holds no role for the client: reads nothing, acts on nothing.';

alter table public.quotes add column version integer not null default 1 check (version >= 1);
comment on column public.quotes.version is 'Raised by every change of the quote''s terms; accepting names the quote''s id and version.';
-- A quote the client ever saw was sent; drafts (and drafts replaced by newer drafts) never were.
alter table public.quotes
  add constraint quotes_decided_quotes_were_sent check (status not in ('sent', 'accepted', 'declined') or sent_at is not null);
comment on column public.quotes.sent_at is 'When the quote was sent to the client; null for drafts, whatever their status later.';

alter table public.change_requests add column version integer not null default 1 check (version >= 1);
comment on column public.change_requests.version is 'Raised by every (re-)quote; approving names the quoted price and this version.';

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.end_sessions_of_inactive_user() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- As GoTrue's logout with scope global: the sessions go and their refresh tokens with them.
  delete from auth.refresh_tokens r where r.user_id = new.user_id::text;
  delete from auth.sessions s where s.user_id = new.user_id;
  return null;
end
$$;
comment on function private.end_sessions_of_inactive_user()
  is 'A deactivated staff member or client member is signed out everywhere at once: no refresh token works any more.';

create trigger staff_end_sessions_when_inactive after update of active on public.staff
  for each row when (old.active and not new.active) execute function private.end_sessions_of_inactive_user();
create trigger client_members_end_sessions_when_inactive after update of active on public.client_members
  for each row when (old.active and not new.active) execute function private.end_sessions_of_inactive_user();

create or replace function private.count_quote_terms() returns trigger
language plpgsql set search_path = '' as $$
begin
  new.version := old.version + case
    when (new.package_id, new.price_vnd, new.scope, new.milestones, new.payment_schedule)
         is distinct from (old.package_id, old.price_vnd, old.scope, old.milestones, old.payment_schedule)
    then 1 else 0 end;
  return new;
end
$$;
comment on function private.count_quote_terms()
  is 'Any change of a quote''s package, price, scope, work plan or payment schedule raises its version; nobody sets it by hand.';

create trigger quotes_count_terms before update on public.quotes
  for each row execute function private.count_quote_terms();

create or replace function private.count_change_request_terms() returns trigger
language plpgsql set search_path = '' as $$
begin
  new.version := old.version + case
    when (new.extra_price_vnd, new.extra_days, new.quote_note, new.quoted_at)
         is distinct from (old.extra_price_vnd, old.extra_days, old.quote_note, old.quoted_at)
    then 1 else 0 end;
  return new;
end
$$;
comment on function private.count_change_request_terms()
  is 'Every quote or re-quote of a change request raises its version; nobody sets it by hand.';

create trigger change_requests_count_terms before update on public.change_requests
  for each row execute function private.count_change_request_terms();

-- =========================================================================================
-- Helper functions: inactive means no role anywhere
-- =========================================================================================
create or replace function private.my_client_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return query select m.client_id from public.client_members m where m.user_id = (select auth.uid()) and m.active;
end
$$;
comment on function private.my_client_ids() is 'Clients the caller actively acts for; policies use it as any(array(select ...)).';

create or replace function private.my_approver_client_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return query select m.client_id from public.client_members m
    where m.user_id = (select auth.uid()) and m.active and m.role = 'approver';
end
$$;
comment on function private.my_approver_client_ids() is 'Clients for which the caller is an active approver (manages membership, decides).';

create or replace function private.my_staff_id() returns uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return (select s.user_id from public.staff s where s.user_id = (select auth.uid()) and s.active);
end
$$;
comment on function private.my_staff_id() is 'The caller''s user id while they are active staff, null otherwise (so it matches no account_manager_id).';

create or replace function private.my_managed_engagement_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return query select e.id from public.engagements e where e.account_manager_id = (select private.my_staff_id());
end
$$;
comment on function private.my_managed_engagement_ids() is 'Engagements the caller is the assigned account manager of, while active staff.';

create or replace function private.my_client_engagement_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return query select e.id from public.engagements e
  where e.client_id in (select private.my_client_ids());
end
$$;
comment on function private.my_client_engagement_ids() is 'Engagements of the clients the caller actively acts for.';

create or replace function private.my_managed_client_ids() returns setof uuid
language plpgsql stable security definer set search_path = '' as $$
declare
  staff_id uuid := (select private.my_staff_id());
begin
  -- A skip scan of engagements (account_manager_id, client_id): one index probe per client instead
  -- of reading every engagement of the caller's history.
  return query
  with recursive managed (client_id) as (
    (select e.client_id from public.engagements e
     where e.account_manager_id = staff_id order by e.client_id limit 1)
    union all
    select (select e.client_id from public.engagements e
            where e.account_manager_id = staff_id and e.client_id > managed.client_id
            order by e.client_id limit 1)
    from managed where managed.client_id is not null
  )
  select managed.client_id from managed where managed.client_id is not null;
end
$$;
comment on function private.my_managed_client_ids() is 'Clients of the engagements the caller manages as active account manager.';

create or replace function private.actor_role(engagement public.engagements) returns text
language plpgsql stable security definer set search_path = '' as $$
declare
  uid uuid := (select auth.uid());
  member_role public.client_member_role;
begin
  if uid is null then
    return null;
  end if;
  if (select private.is_manager()) then
    return 'manager';
  end if;
  if actor_role.engagement.account_manager_id = uid and (select private.is_staff()) then
    return 'account_manager';
  end if;
  select m.role into member_role from public.client_members m
  where m.client_id = actor_role.engagement.client_id and m.user_id = uid and m.active;
  return member_role::text;
end
$$;
comment on function private.actor_role(public.engagements)
  is 'How the caller relates to an engagement: manager, account_manager, approver, member or null (inactive users: null).';

-- =========================================================================================
-- Policies
-- =========================================================================================
drop policy "Engagements are visible to their account manager" on public.engagements;
create policy "Engagements are visible to their account manager" on public.engagements
  for select to authenticated using (account_manager_id = (select private.my_staff_id()));

drop policy "Sent quotes are visible to the client's members" on public.quotes;
create policy "Sent quotes are visible to the client's members" on public.quotes
  for select to authenticated
  using (sent_at is not null and engagement_id = any (array(select private.my_client_engagement_ids())));

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

drop function public.transition_engagement(uuid, public.engagement_step, integer, text);
drop function private.accept_sent_quote(public.engagements);

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
  insert into public.payments (engagement_id, kind, label, amount_vnd, due_before_start, due_date, quote_id)
  select quote.engagement_id, 'installment', btrim(p.value ->> 'label'), (p.value ->> 'amount_vnd')::bigint,
         coalesce((p.value ->> 'due_before_start')::boolean, false), (p.value ->> 'due_date')::date, quote.id
  from jsonb_array_elements(quote.payment_schedule) with ordinality as p (value, ordinality)
  order by p.ordinality;
  return quote;
end
$$;
comment on function private.accept_sent_quote(public.engagements, uuid, integer)
  is 'Accepting fixes the quote the approver named, only while it is the current sent one at that version: it is accepted and its milestones and payments become rows (P1, P2).';

create function public.transition_engagement(
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
  is 'The only way to move an engagement between steps: checks actor, state, preconditions and version, applies side effects, logs one event. Agreement -> payment accepts the quote named by quote_id and quote_version.';

drop function public.approve_change_request(uuid);

create function public.approve_change_request(
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
    values (engagement.id, 'change_request', 'Thay đổi: ' || change_request.title, change_request.extra_price_vnd,
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
  is 'The client''s approver approves a quoted change at the price and version they saw; a change_request payment is created for any extra price.';

-- =========================================================================================
-- Grants
-- =========================================================================================
grant update (role, full_name, email, active) on public.client_members to authenticated;

revoke all on function private.end_sessions_of_inactive_user(), private.count_quote_terms(),
  private.count_change_request_terms(), private.my_staff_id(),
  private.accept_sent_quote(public.engagements, uuid, integer) from public, anon;
grant execute on function private.my_staff_id() to authenticated, service_role;

revoke all on function public.transition_engagement(uuid, public.engagement_step, integer, text, uuid, integer),
  public.approve_change_request(uuid, bigint, integer) from public, anon;
grant execute on function public.transition_engagement(uuid, public.engagement_step, integer, text, uuid, integer),
  public.approve_change_request(uuid, bigint, integer) to authenticated, service_role;
