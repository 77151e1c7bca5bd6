-- Starting a milestone's work (P2, C6): the responsible side records when work on it began; a
-- change request's milestone cannot start before its gate opens (the trigger of
-- 20261201002200_change_request_gate.sql refuses, in words).

create function public.start_milestone(milestone_id uuid) returns public.milestones
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select m.engagement_id from public.milestones m where m.id = start_milestone.milestone_id));
  milestone public.milestones;
begin
  select m.* into milestone from public.milestones m where m.id = start_milestone.milestone_id for update;
  if milestone.responsible = 'provider' then
    perform private.require_provider(engagement);
  elsif private.actor_role(engagement) in ('manager', 'account_manager') then
    perform private.refuse('milestone_for_client', 'client', 'This milestone is the client''s; only the client can start it.',
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
  if milestone.started_at is not null then
    perform private.refuse('milestone_already_started', 'none', 'Work on this milestone has already started.',
      jsonb_build_object('step', engagement.step, 'started_at', milestone.started_at));
  end if;
  update public.milestones m set started_at = now()
  where m.id = milestone.id
  returning * into milestone;
  perform private.log_event(engagement.id, 'milestone_started', true, null,
    jsonb_build_object('milestone_id', milestone.id, 'responsible', milestone.responsible,
                       'change_request_id', milestone.change_request_id));
  return milestone;
end
$$;
comment on function public.start_milestone(uuid)
  is 'The responsible side records that work on an open milestone has started, during implementation; a change request''s milestone only once approved and, with pay before work, paid (C6).';

revoke all on function public.start_milestone(uuid) from public, anon;
grant execute on function public.start_milestone(uuid) to authenticated, service_role;
