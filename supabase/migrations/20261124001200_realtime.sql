-- Realtime: the tables whose changes the app listens to (board cards, claims, history, money,
-- quotes, documents, change requests). Realtime applies each table's RLS to what it sends.

do $$
declare
  table_name text;
begin
  foreach table_name in array array['engagements', 'warranty_claims', 'engagement_events', 'payments', 'quotes',
                                     'documents', 'change_requests'] loop
    if not exists (
      select 1 from pg_publication_tables t
      where t.pubname = 'supabase_realtime' and t.schemaname = 'public' and t.tablename = table_name
    ) then
      execute format('alter publication supabase_realtime add table public.%I', table_name);
    end if;
  end loop;
end
$$;
