-- Working days by arithmetic: the reminders ask, every run, how many working days each engagement
-- in acceptance has waited; counting them one calendar day at a time made a run over thousands of
-- old engagements take seconds (and hold the embedded database, which runs one query at a time).
-- Same answer: Monday to Friday in Vietnam, counted from the day after `since` to `until`.

create or replace function private.working_days_between(since timestamptz, until timestamptz) returns integer
language sql stable set search_path = '' as $$
  -- Days since a Monday (2000-01-03): whole weeks count five, the days into the week at most five.
  select greatest(0, (floor(d.b / 7.0)::integer * 5 + least(d.b - floor(d.b / 7.0)::integer * 7 + 1, 5))
                   - (floor(d.a / 7.0)::integer * 5 + least(d.a - floor(d.a / 7.0)::integer * 7 + 1, 5)))
  from (select (working_days_between.since at time zone 'Asia/Ho_Chi_Minh')::date - date '2000-01-03' as a,
               (working_days_between.until at time zone 'Asia/Ho_Chi_Minh')::date - date '2000-01-03' as b) d
$$;
comment on function private.working_days_between(timestamptz, timestamptz)
  is 'Working days (Mon-Fri, Vietnam) elapsed since a moment, counted from the next day; computed, not enumerated.';
