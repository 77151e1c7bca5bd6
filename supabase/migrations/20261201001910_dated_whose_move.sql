-- An instalment due on a date becomes the client's to-do when its day comes, with no change to the
-- engagement that would refresh its stored whose_move. The schedule (pg_cron on a hosted project,
-- the stack's scheduler locally) calls refresh_dated_whose_moves() with the reminders, so the board,
-- the waiting clocks and pending_actions agree on the day itself.

create or replace function public.refresh_dated_whose_moves() returns integer
language plpgsql security definer set search_path = '' as $$
declare
  engagement_id uuid;
  refreshed integer := 0;
begin
  for engagement_id in
    select distinct p.engagement_id
    from public.payments p
    join public.engagements e on e.id = p.engagement_id and e.state = 'active'
    where p.due_condition = 'on_date' and p.status in ('due', 'rejected')
      and p.due_on <= (now() at time zone 'Asia/Ho_Chi_Minh')::date
  loop
    perform private.refresh_whose_move(engagement_id);
    refreshed := refreshed + 1;
  end loop;
  return refreshed;
end
$$;
comment on function public.refresh_dated_whose_moves() is
  'Service key only (the schedule): stores whose move it is on active engagements with an instalment due on a date that has come; returns how many were looked at.';

revoke all on function public.refresh_dated_whose_moves() from public, anon, authenticated;
grant execute on function public.refresh_dated_whose_moves() to service_role;
