-- Step moves: the one function that moves an engagement through the seven steps, enforcing the
-- transition table of product.md with optimistic concurrency on version.

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.accept_sent_quote(engagement public.engagements) returns public.quotes
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
comment on function private.accept_sent_quote(public.engagements) is 'Accepting the sent quote fixes it: the quote is accepted and its milestones and payments become rows (P1, P2).';

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
    else
      null;
  end case;
end
$$;
comment on function private.check_leave_step(public.engagements) is 'The preconditions to leave each step (the last column of the transition table).';

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.transition_engagement(
  engagement_id uuid, to_step public.engagement_step, expected_version integer, note text default null
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
    quote := private.accept_sent_quote(engagement);
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
    true, clean_note, case when quote.id is null then '{}'::jsonb else jsonb_build_object('quote_id', quote.id) end,
    from_step, transition_engagement.to_step);
  perform private.refresh_whose_move(engagement.id);
  select e.* into engagement from public.engagements e where e.id = transition_engagement.engagement_id;
  return engagement;
end
$$;
comment on function public.transition_engagement(uuid, public.engagement_step, integer, text)
  is 'The only way to move an engagement between steps: checks actor, state, preconditions and version, applies side effects, logs one event.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on function private.accept_sent_quote(public.engagements), private.check_leave_step(public.engagements)
  from public, anon;
revoke all on function public.transition_engagement(uuid, public.engagement_step, integer, text) from public, anon;
grant execute on function public.transition_engagement(uuid, public.engagement_step, integer, text)
  to authenticated, service_role;
