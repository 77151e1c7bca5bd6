-- Rows written in batches by the crash test: a batch is all there or not at all.
create table if not exists public.durability_writes (
  batch int not null,
  seq int not null,
  payload text not null,
  checksum text not null,
  primary key (batch, seq)
);
alter table public.durability_writes enable row level security;
grant select, insert on public.durability_writes to service_role;
