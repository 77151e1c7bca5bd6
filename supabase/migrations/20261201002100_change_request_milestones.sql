-- Change requests planned as milestones (C6): the provider's quote of a change says whether its
-- extra payment comes before the work, and the provider plans the change's work as milestones tied
-- to it; the gate of 20261201001600_duties.sql keeps them from being started or done too early.

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.drop_rejected_change_request_milestones() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  delete from public.milestones m where m.change_request_id = new.id and m.status = 'open';
  return new;
end
$$;
comment on function private.drop_rejected_change_request_milestones()
  is 'A rejected change is no agreed work: its planned (never started, never done) milestones leave the plan, so they cannot hold up the hand-over.';

create trigger change_requests_drop_rejected_milestones after update of status on public.change_requests
  for each row when (new.status = 'rejected' and old.status is distinct from 'rejected')
  execute function private.drop_rejected_change_request_milestones();

-- =========================================================================================
-- RPCs
-- =========================================================================================
drop function public.quote_change_request(uuid, bigint, integer, text);

create function public.quote_change_request(
  change_request_id uuid, extra_price_vnd bigint, extra_days integer, note text default null,
  pay_before_work boolean default false
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
      quote_note = nullif(btrim(quote_change_request.note), ''), quoted_by = (select auth.uid()), quoted_at = now(),
      pay_before_work = coalesce(quote_change_request.pay_before_work, false)
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_quoted', true, change_request.quote_note,
    jsonb_build_object('change_request_id', change_request.id, 'extra_price_vnd', change_request.extra_price_vnd,
                       'extra_days', change_request.extra_days, 'pay_before_work', change_request.pay_before_work,
                       'change_request_version', change_request.version));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.quote_change_request(uuid, bigint, integer, text, boolean)
  is 'The assigned account manager or a manager quotes (or revises the quote of) a change request: extra price up to 100.000.000.000 VND, 0 to 730 extra days, and whether the extra payment must be confirmed before the work starts (C6).';

create function public.add_change_request_milestone(change_request_id uuid, title text, due_on date default null)
returns public.milestones
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_change_request(add_change_request_milestone.change_request_id);
  engagement public.engagements := locked.engagement;
  change_request public.change_requests := locked.change_request;
  milestone public.milestones;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  perform private.require_step(engagement, array['implementation']::public.engagement_step[]);
  if change_request.status in ('rejected', 'done') then
    perform private.refuse('change_request_closed', 'none',
      'A rejected or delivered change request takes no new milestones.',
      jsonb_build_object('step', engagement.step, 'change_request_status', change_request.status));
  end if;
  insert into public.milestones (engagement_id, position, title, responsible, due_date, change_request_id)
  values (engagement.id,
          coalesce((select max(m.position) from public.milestones m where m.engagement_id = engagement.id), 0) + 1,
          private.require_text(add_change_request_milestone.title, 'title_required', 'provider', 'Name the milestone.'),
          'provider', add_change_request_milestone.due_on, change_request.id)
  returning * into milestone;
  perform private.log_event(engagement.id, 'change_request_milestone_added', true, milestone.title,
    jsonb_build_object('change_request_id', change_request.id, 'milestone_id', milestone.id,
                       'due_date', milestone.due_date));
  perform private.refresh_whose_move(engagement.id);
  return milestone;
end
$$;
comment on function public.add_change_request_milestone(uuid, text, date)
  is 'The assigned account manager or a manager plans the work of a change request (not rejected, not delivered) as a provider milestone, during implementation (C6).';

create or replace function public.complete_change_request(change_request_id uuid, note text default null)
returns public.change_requests
language plpgsql security definer set search_path = '' as $$
declare
  locked record := private.lock_change_request(complete_change_request.change_request_id);
  engagement public.engagements := locked.engagement;
  change_request public.change_requests := locked.change_request;
  open_milestones integer;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  if change_request.status <> 'approved' then
    perform private.refuse('change_request_not_approved', 'client', 'Only an approved change request can be completed.',
      jsonb_build_object('step', engagement.step, 'change_request_status', change_request.status));
  end if;
  select count(*) into open_milestones
  from public.milestones m where m.change_request_id = change_request.id and m.status = 'open';
  if open_milestones > 0 then
    perform private.refuse('change_request_milestones_open', 'provider',
      'Mark every milestone of this change request done before delivering it.',
      jsonb_build_object('step', engagement.step, 'open_milestones', open_milestones));
  end if;
  update public.change_requests c
  set status = 'done', completed_by = (select auth.uid()), completed_at = now()
  where c.id = change_request.id
  returning * into change_request;
  perform private.log_event(engagement.id, 'change_request_done', true, nullif(btrim(complete_change_request.note), ''),
    jsonb_build_object('change_request_id', change_request.id));
  perform private.refresh_whose_move(engagement.id);
  return change_request;
end
$$;
comment on function public.complete_change_request(uuid, text)
  is 'The provider marks an approved change delivered once its milestones are done; implementation cannot finish while one is open.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on function private.drop_rejected_change_request_milestones() from public, anon, authenticated;
revoke all on function public.quote_change_request(uuid, bigint, integer, text, boolean),
  public.add_change_request_milestone(uuid, text, date) from public, anon;
grant execute on function public.quote_change_request(uuid, bigint, integer, text, boolean),
  public.add_change_request_milestone(uuid, text, date) to authenticated, service_role;
