-- The API benchmark's data: 10k tasks of 10 owners in 200 projects; a user sees only their own
-- tasks (RLS with the wrapped auth.uid()), embedded with their project. Re-runnable.
create table if not exists public.bench_projects (
  id int primary key,
  owner_id uuid not null,
  name text not null
);
create table if not exists public.bench_tasks (
  id int primary key,
  project_id int not null references public.bench_projects (id),
  owner_id uuid not null,
  title text not null,
  done boolean not null default false
);
create index if not exists bench_tasks_owner_id on public.bench_tasks (owner_id);
create index if not exists bench_tasks_project_id on public.bench_tasks (project_id);
create index if not exists bench_projects_owner_id on public.bench_projects (owner_id);

insert into public.bench_projects (id, owner_id, name)
select p, ('b0000000-0000-4000-8000-' || lpad((p % 10)::text, 12, '0'))::uuid, 'Project ' || p
from generate_series(1, 200) as p
on conflict do nothing;
insert into public.bench_tasks (id, project_id, owner_id, title, done)
select t, 1 + t % 200, ('b0000000-0000-4000-8000-' || lpad(((1 + t % 200) % 10)::text, 12, '0'))::uuid, 'Task ' || t, t % 3 = 0
from generate_series(1, 10000) as t
on conflict do nothing;

alter table public.bench_projects enable row level security;
alter table public.bench_tasks enable row level security;
grant select on public.bench_projects, public.bench_tasks to authenticated;
drop policy if exists "Projects are visible to their owner" on public.bench_projects;
create policy "Projects are visible to their owner" on public.bench_projects
  for select to authenticated using (owner_id = (select auth.uid()));
drop policy if exists "Tasks are visible to their owner" on public.bench_tasks;
create policy "Tasks are visible to their owner" on public.bench_tasks
  for select to authenticated using (owner_id = (select auth.uid()));

-- Statistics, as autovacuum keeps them on any live database: without them the planner guesses.
analyze public.bench_projects, public.bench_tasks;
