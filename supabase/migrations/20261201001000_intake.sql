-- Intake: a client's request carries the package it chose and its details in fields of their own,
-- and is assigned at once to the client's default account manager (P4); without one, managers see
-- the action "assign an account manager". Client milestones are marked done by the client alone.

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.engagements
  add column requested_package_id uuid references public.service_packages (id),
  add column request_details text not null default '';
comment on column public.engagements.requested_package_id
  is 'The service package the client chose in the request; the agreed one (package_id) comes with the accepted quote.';
comment on column public.engagements.request_details
  is 'What the client asked for in the request, in their own words (C1).';
create index engagements_requested_package_id_idx on public.engagements (requested_package_id);

-- Requests opened by the client's form before these columns led the description with the package's
-- name in brackets: "[Gói Landing Page]\n<details>". Move both into their fields.
update public.engagements e
set requested_package_id = (select p.id from public.service_packages p
                            where p.name = substring(e.description from '^\[([^\]]+)\]') limit 1),
    request_details = btrim(substring(e.description from '^\[[^\]]+\]\s*(.*)$')),
    description = ''
where e.description ~ '^\[[^\]]+\]';

-- =========================================================================================
-- RPCs
-- =========================================================================================
drop function public.create_engagement(uuid, text, text, uuid);

create function public.create_engagement(
  client_id uuid, title text, description text default null, account_manager_id uuid default null,
  package_id uuid default null, details text default null
) returns public.engagements
language plpgsql security definer set search_path = '' as $$
declare
  uid uuid := (select auth.uid());
  manager_id uuid := create_engagement.account_manager_id;
  clean_title text;
  created public.engagements;
begin
  if uid is null then
    perform private.refuse('not_authenticated', 'none', 'Sign in to create an engagement.');
  end if;
  if not exists (select 1 from public.clients c where c.id = create_engagement.client_id) then
    perform private.refuse('client_not_found', 'none', 'This client does not exist.');
  end if;
  if (select private.is_staff()) then
    if not (select private.is_manager()) then
      if manager_id is not null and manager_id <> uid then
        perform private.refuse('not_manager', 'provider', 'Only a manager can assign another account manager.',
          jsonb_build_object('required_role', 'manager'));
      end if;
      manager_id := uid;
    end if;
  elsif create_engagement.client_id = any (array(select private.my_client_ids())) then
    if manager_id is not null then
      perform private.refuse('not_manager', 'provider', 'Only a manager can assign the account manager.',
        jsonb_build_object('required_role', 'manager'));
    end if;
    -- The client's default account manager takes the request at once, if still active staff.
    select c.default_account_manager_id into manager_id
    from public.clients c join public.staff s on s.user_id = c.default_account_manager_id and s.active
    where c.id = create_engagement.client_id;
  else
    perform private.refuse('not_client_member', 'client', 'Only staff or the client''s own users can open an engagement.');
  end if;
  if manager_id is not null and not exists (select 1 from public.staff s where s.user_id = manager_id and s.active) then
    perform private.refuse('not_staff', 'provider', 'The account manager must be active staff.');
  end if;
  if create_engagement.package_id is not null
     and not exists (select 1 from public.service_packages p where p.id = create_engagement.package_id and p.active) then
    perform private.refuse('package_not_found', 'client', 'Choose an active service package.',
      jsonb_build_object('step', 'request'));
  end if;
  clean_title := private.require_text(create_engagement.title, 'title_required', 'client', 'Give the engagement a title.');

  insert into public.engagements (client_id, account_manager_id, title, description, requested_package_id,
                                  request_details, created_by)
  values (create_engagement.client_id, manager_id, clean_title, coalesce(btrim(create_engagement.description), ''),
          create_engagement.package_id, coalesce(btrim(create_engagement.details), ''), uid)
  returning * into created;
  perform private.log_event(created.id, 'engagement_created', true, null,
    jsonb_build_object('code', created.code, 'account_manager_id', created.account_manager_id,
                       'requested_package_id', created.requested_package_id), null, 'request');
  perform private.refresh_whose_move(created.id);
  select e.* into created from public.engagements e where e.id = created.id;
  return created;
end
$$;
comment on function public.create_engagement(uuid, text, text, uuid, uuid, text)
  is 'Opens an engagement in step request, for a client user''s own client (assigned to the client''s default account manager) or by staff; the request keeps the chosen package and its details.';

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
  elsif private.actor_role(engagement) in ('manager', 'account_manager') then
    -- The client does its own part of the plan (C3); staff cannot tick it for them.
    perform private.refuse('milestone_for_client', 'client', 'This milestone is the client''s; only the client can mark it done.',
      jsonb_build_object('step', engagement.step, 'required_role', 'member'));
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
comment on function public.mark_milestone_done(uuid, text)
  is 'The responsible side marks a milestone of the agreed work plan done during implementation: provider milestones the account manager or a manager, client milestones the client''s users only.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on function public.create_engagement(uuid, text, text, uuid, uuid, text) from public, anon;
grant execute on function public.create_engagement(uuid, text, text, uuid, uuid, text) to authenticated, service_role;
