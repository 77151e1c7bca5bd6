-- "My tasks" without computing every engagement's actions. The view pending_actions now names an
-- action's engagement by the engagements row it was derived from (the same id), so a filter on
-- engagement_id reaches the engagements scan and the actions of other engagements are never
-- computed; public.my_tasks filters by the engagements where a provider action can be the
-- caller's, a superset decided from indexed columns.

create or replace view public.pending_actions with (security_invoker = true) as
select e.id as engagement_id, a.kind, a.subject_id, a.side, a.actor, a.actor_id, a.since, a.due_at, a.note, a.blocking,
       e.code as engagement_code, e.title as engagement_title,
       coalesce(p.label, r.title, c.title, w.title, m.title, l.name) as subject_title,
       coalesce(p.amount_vnd, c.extra_price_vnd, q.price_vnd) as amount_vnd,
       p.kind::text as payment_kind, p.label_code as payment_label_code
from public.engagements e
cross join lateral private.pending_actions_of(e.id) a
left join public.payments p on a.kind in ('pay', 'confirm_payment') and p.id = a.subject_id
left join public.requirements r on a.kind in ('provide_requirement', 'confirm_requirement') and r.id = a.subject_id
left join public.change_requests c
  on a.kind in ('quote_change_request', 'decide_change_request', 'deliver_change_request') and c.id = a.subject_id
left join public.warranty_claims w
  on a.kind in ('triage_claim', 'resolve_claim', 'answer_claim', 'confirm_fix') and w.id = a.subject_id
left join public.milestones m on a.kind = 'complete_milestone' and m.id = a.subject_id
left join public.quotes q on a.kind = 'decide_quote' and q.id = a.subject_id
left join public.licence_assets l on a.kind = 'renew_licence' and l.id = a.subject_id
where e.state = 'active';
comment on view public.pending_actions is
  'What each side must do next on the active engagements the reader may see (RLS of engagements and of each subject applies), named by engagement and subject; whose_move is read from the same rows. A filter on engagement_id narrows the engagements whose actions are computed.';

create function public.my_tasks(max_rows integer default 200)
returns setof public.pending_actions
language sql stable set search_path = '' as $$
  with candidates as (
    -- Where the caller can be the actor: their own engagements (every account manager's action,
    -- the licences to renew), the claims assigned to them, and for managers the engagements
    -- without an account manager and those with a claim to triage.
    select e.id from public.engagements e where e.account_manager_id = (select auth.uid())
    union
    select w.engagement_id from public.warranty_claims w
    where w.assigned_to = (select auth.uid()) and w.status = 'in_progress'
    union
    select e.id from public.engagements e
    where (select private.is_manager()) and e.account_manager_id is null and e.state = 'active'
    union
    select w.engagement_id from public.warranty_claims w
    where (select private.is_manager()) and w.status = 'open'
  )
  select p.*
  from candidates c
  -- One engagement at a time (offset 0 keeps the planner from joining the whole view instead):
  -- the view computes the actions of the candidates only.
  cross join lateral (select v.* from public.pending_actions v where v.engagement_id = c.id offset 0) p
  where p.side = 'provider'
    and (p.actor_id = (select auth.uid()) or (p.actor = 'manager' and (select private.is_manager())))
  order by p.since, p.engagement_id, p.kind, p.subject_id
  limit least(greatest(coalesce(my_tasks.max_rows, 200), 1), 1000)
$$;
comment on function public.my_tasks(integer)
  is 'The provider''s open actions that are the caller''s ("My tasks"): assigned to them, and for managers also those only a manager takes; the same rows as pending_actions, oldest first, at most max_rows (1 to 1,000).';

revoke all on function public.my_tasks(integer) from public, anon;
grant execute on function public.my_tasks(integer) to authenticated, service_role;

-- Which side the signed-in person is on, in one request (the app asked staff and client_members
-- apart, two requests before anything else could load). Security invoker: the same rows RLS lets
-- the person read of themselves; a staff row wins over a client membership.
create function public.my_side()
returns table (staff_role public.staff_role, member_role public.client_member_role, full_name text, email text,
               client_id uuid)
language sql stable set search_path = '' as $$
  select x.staff_role, x.member_role, x.full_name, x.email, x.client_id
  from (
    select s.role as staff_role, null::public.client_member_role as member_role, s.full_name, s.email,
           null::uuid as client_id, 0 as rank
    from public.staff s where s.user_id = (select auth.uid())
    union all
    (select null, m.role, m.full_name, m.email, m.client_id, 1
     from public.client_members m where m.user_id = (select auth.uid()) order by m.created_at limit 1)
  ) x
  order by x.rank
  limit 1
$$;
comment on function public.my_side()
  is 'The caller''s side as their own readable rows say: a staff role, or a client membership (role and client), with name and email; no row for neither.';

revoke all on function public.my_side() from public, anon;
grant execute on function public.my_side() to authenticated, service_role;
