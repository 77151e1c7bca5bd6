-- The fixes an approver's rejection asks for, ticked by TAMS as each is done. A rejection's reasons
-- are one per line; the ticks are kept with the rejection in the database, so every member of staff
-- and the client's users see the same progress until the next hand-over.

create table public.rejection_fixes (
  acceptance_id uuid not null references public.acceptances (id) on delete cascade,
  item integer not null check (item >= 0),
  engagement_id uuid not null references public.engagements (id),
  fixed_by uuid not null references auth.users (id),
  fixed_at timestamptz not null default now(),
  primary key (acceptance_id, item)
);
comment on table public.rejection_fixes
  is 'A reason of a rejection at acceptance that TAMS has fixed: the reason''s line (0-based, blank lines and bullets aside), who ticked it and when.';
create index rejection_fixes_engagement_id_idx on public.rejection_fixes (engagement_id);
create index rejection_fixes_fixed_by_idx on public.rejection_fixes (fixed_by);

alter table public.rejection_fixes enable row level security;
create policy "Rejection fixes are visible to managers" on public.rejection_fixes
  for select to authenticated using ((select private.is_manager()));
create policy "Rejection fixes are visible to their account manager" on public.rejection_fixes
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Rejection fixes are visible to the client's members" on public.rejection_fixes
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

revoke all on public.rejection_fixes from public, anon, authenticated;
grant select on public.rejection_fixes to authenticated;
grant select, insert, update, delete on public.rejection_fixes to service_role;

create function private.rejection_reasons(note text) returns text[]
language sql immutable set search_path = '' as $$
  select coalesce(array_agg(reason order by position), '{}')
  from regexp_split_to_table(coalesce(rejection_reasons.note, ''), '\n+') with ordinality as line(text, position)
  cross join lateral (select btrim(regexp_replace(line.text, '^\s*[-•*0-9.)]+\s*', ''), E' \t\r') as reason) r
  where r.reason <> ''
$$;
comment on function private.rejection_reasons(text)
  is 'The things a rejection asks to fix: one per non-blank line of its note, a leading bullet or number taken off.';

create function public.set_rejection_fix(acceptance_id uuid, item integer, fixed boolean)
returns integer[]
language plpgsql security definer set search_path = '' as $$
declare
  rejection public.acceptances;
  engagement public.engagements;
  reasons text[];
begin
  select a.* into rejection from public.acceptances a where a.id = set_rejection_fix.acceptance_id;
  engagement := private.lock_engagement(rejection.engagement_id);
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  perform private.require_step(engagement, array['implementation']::public.engagement_step[]);
  if rejection.decision <> 'rejected' or exists (
    select 1 from public.acceptances later
    where later.engagement_id = engagement.id and later.id <> rejection.id
      and (later.decided_at, later.created_at) > (rejection.decided_at, rejection.created_at)
  ) then
    perform private.refuse('rejection_not_open', 'none',
      'Only the reasons of the latest rejection, before the next hand-over, can be ticked.',
      jsonb_build_object('step', engagement.step));
  end if;
  reasons := private.rejection_reasons(rejection.note);
  if set_rejection_fix.item is null or set_rejection_fix.item < 0
     or set_rejection_fix.item >= coalesce(array_length(reasons, 1), 0) then
    perform private.refuse('rejection_item_unknown', 'none', 'The rejection has no such reason.',
      jsonb_build_object('step', engagement.step, 'reasons', coalesce(array_length(reasons, 1), 0)));
  end if;
  if set_rejection_fix.fixed then
    insert into public.rejection_fixes (acceptance_id, item, engagement_id, fixed_by)
    values (rejection.id, set_rejection_fix.item, engagement.id, (select auth.uid()))
    on conflict do nothing;
  else
    delete from public.rejection_fixes f
    where f.acceptance_id = rejection.id and f.item = set_rejection_fix.item;
  end if;
  return array(select f.item from public.rejection_fixes f where f.acceptance_id = rejection.id order by f.item);
end
$$;
comment on function public.set_rejection_fix(uuid, integer, boolean)
  is 'The assigned account manager or a manager ticks (or unticks) a reason of the latest rejection as fixed, during implementation; answers the ticked reasons.';

revoke all on function public.set_rejection_fix(uuid, integer, boolean) from public, anon;
grant execute on function public.set_rejection_fix(uuid, integer, boolean) to authenticated, service_role;
