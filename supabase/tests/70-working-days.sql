-- Working days (the reminders' "acceptance waiting more than 5 working days") by arithmetic agree
-- with counting Monday to Friday one day at a time, in Vietnam's calendar.
begin;
set local search_path = public, extensions;
create extension if not exists pgtap with schema extensions;
select plan(4);

create function pg_temp.counted(since timestamptz, until timestamptz) returns integer language sql as $$
  select count(*)::integer
  from generate_series((since at time zone 'Asia/Ho_Chi_Minh')::date + 1,
                       (until at time zone 'Asia/Ho_Chi_Minh')::date, interval '1 day') d
  where extract(isodow from d) < 6
$$;

select is(private.working_days_between('2026-11-27 10:00+07', '2026-11-30 09:00+07'), 1,
  'Friday to Monday is one working day');
select is(private.working_days_between('2026-11-28 10:00+07', '2026-11-29 22:00+07'), 0,
  'a weekend has none');
select is(private.working_days_between('2026-12-01 10:00+07', '2026-11-20 10:00+07'), 0,
  'backwards is none');
select is(
  (select count(*) from generate_series(0, 2999) i
   cross join lateral (select timestamptz '1999-12-20 23:30+07' + make_interval(hours => (i * 37) % 20000) as since,
                              timestamptz '1999-12-20 23:30+07' + make_interval(hours => (i * 101) % 26000) as until) p
   where private.working_days_between(p.since, p.until) <> pg_temp.counted(p.since, p.until)),
  0::bigint, 'the arithmetic agrees with counting day by day on 3,000 spans across years and weekdays');

select * from finish();
rollback;
