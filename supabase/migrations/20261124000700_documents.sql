-- Documents: confidential, shared and internal files of an engagement, their bytes in the private
-- Storage bucket engagement-documents, and the append-only log of every upload, link and delete (P3).

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.document_visibility as enum ('confidential', 'shared', 'internal');
comment on type public.document_visibility is 'confidential and shared: client users, assigned AM, managers; internal: provider only.';

create type public.document_access_action as enum ('upload', 'signed_link', 'delete');
comment on type public.document_access_action is 'What happened to a document''s bytes; each is logged before it happens.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.documents (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  name text not null check (
    length(name) between 1 and 200 and name !~ '[/\\[:cntrl:]]' and name not in ('.', '..')
  ),
  visibility public.document_visibility not null,
  storage_path text not null unique,
  mime_type text not null,
  size_bytes bigint not null check (size_bytes >= 0),
  is_deliverable boolean not null default false,
  uploaded_by uuid references auth.users (id),
  deleted_at timestamptz,
  deleted_by uuid references auth.users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (storage_path = engagement_id::text || '/' || id::text || '/' || name)
);
comment on table public.documents is 'Files of an engagement; bytes live at <engagement_id>/<document_id>/<name> in bucket engagement-documents.';
comment on column public.documents.is_deliverable is 'A shared deliverable is what the provider hands over; completion needs one.';
create index documents_engagement_id_idx on public.documents (engagement_id, visibility);
create index documents_uploaded_by_idx on public.documents (uploaded_by);
create index documents_deleted_by_idx on public.documents (deleted_by);

alter table public.payments
  add constraint payments_proof_document_id_fkey foreign key (proof_document_id) references public.documents (id);

create table public.document_access_log (
  id bigint generated always as identity primary key,
  document_id uuid not null references public.documents (id),
  engagement_id uuid not null references public.engagements (id),
  visibility public.document_visibility not null,
  action public.document_access_action not null,
  storage_path text not null,
  actor_id uuid references auth.users (id),
  created_at timestamptz not null default now()
);
comment on table public.document_access_log is 'Append-only record of every upload, signed link and delete; clients see it for their own documents (P3).';
create index document_access_log_document_id_idx on public.document_access_log (document_id);
create index document_access_log_engagement_id_idx on public.document_access_log (engagement_id, created_at);
create index document_access_log_actor_id_idx on public.document_access_log (actor_id);

-- =========================================================================================
-- Storage bucket
-- =========================================================================================
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('engagement-documents', 'engagement-documents', false, 20971520, array[
  'application/pdf', 'image/png', 'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain', 'application/zip'
])
on conflict (id) do update
set public = excluded.public, file_size_limit = excluded.file_size_limit, allowed_mime_types = excluded.allowed_mime_types;

-- =========================================================================================
-- Triggers
-- =========================================================================================
create trigger documents_set_updated_at before update on public.documents
  for each row execute function private.set_updated_at();

create trigger document_access_log_append_only before update or delete on public.document_access_log
  for each row execute function private.refuse_history_change();
create trigger document_access_log_no_truncate before truncate on public.document_access_log
  for each statement execute function private.refuse_history_change();

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.readable_document(document_id uuid) returns public.documents
language plpgsql stable security definer set search_path = '' as $$
declare
  document public.documents;
  engagement public.engagements;
  role text;
begin
  if (select auth.uid()) is null then
    perform private.refuse('not_authenticated', 'none', 'Sign in to open documents.');
  end if;
  select d.* into document from public.documents d where d.id = readable_document.document_id;
  select e.* into engagement from public.engagements e where e.id = document.engagement_id;
  role := private.actor_role(engagement);
  if document.id is null or role is null or (role in ('approver', 'member') and document.visibility = 'internal') then
    perform private.refuse('document_not_found', 'none', 'This document does not exist or is not visible to you.');
  end if;
  return document;
end
$$;
comment on function private.readable_document(uuid) is 'The document if the caller may see it (same rule as the documents policies), else a refusal.';

create or replace function private.log_document_action(document public.documents, action public.document_access_action)
returns void
language sql security definer set search_path = '' as $$
  insert into public.document_access_log (document_id, engagement_id, visibility, action, storage_path, actor_id)
  values ((log_document_action.document).id, (log_document_action.document).engagement_id,
          (log_document_action.document).visibility, log_document_action.action,
          (log_document_action.document).storage_path, (select auth.uid()))
$$;
comment on function private.log_document_action(public.documents, public.document_access_action) is 'Appends one document_access_log row.';

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.documents enable row level security;
alter table public.document_access_log enable row level security;

create policy "Documents are visible to managers" on public.documents
  for select to authenticated using ((select private.is_manager()));
create policy "Documents are visible to their account manager" on public.documents
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Non-internal documents are visible to the client's members" on public.documents
  for select to authenticated
  using (visibility <> 'internal' and engagement_id = any (array(select private.my_client_engagement_ids())));

create policy "Document access log is visible to managers" on public.document_access_log
  for select to authenticated using ((select private.is_manager()));
create policy "Document access log is visible to the account manager" on public.document_access_log
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Access to client documents is visible to the client's members" on public.document_access_log
  for select to authenticated
  using (visibility <> 'internal' and engagement_id = any (array(select private.my_client_engagement_ids())));

-- Storage objects follow the documents table: the subquery runs under the documents policies.
create policy "Engagement files are readable by who sees their document" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'engagement-documents'
    and exists (
      select 1 from public.documents d
      where d.storage_path = objects.name
        and d.engagement_id::text = (storage.foldername(objects.name))[1]
        and d.id::text = (storage.foldername(objects.name))[2]
    )
  );
create policy "Engagement files are uploaded by who registered them" on storage.objects
  for insert to authenticated
  with check (
    bucket_id = 'engagement-documents'
    and exists (
      select 1 from public.documents d
      where d.storage_path = objects.name
        and d.engagement_id::text = (storage.foldername(objects.name))[1]
        and d.id::text = (storage.foldername(objects.name))[2]
        and d.uploaded_by = (select auth.uid())
        and d.deleted_at is null
    )
  );
create policy "Engagement files are deleted once their deletion is logged" on storage.objects
  for delete to authenticated
  using (
    bucket_id = 'engagement-documents'
    and exists (
      select 1 from public.documents d
      where d.storage_path = objects.name
        and d.engagement_id::text = (storage.foldername(objects.name))[1]
        and d.id::text = (storage.foldername(objects.name))[2]
        and d.deleted_at is not null
        and d.deleted_by = (select auth.uid())
    )
  );

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.register_document_upload(
  engagement_id uuid, name text, visibility public.document_visibility, mime_type text, size_bytes bigint,
  is_deliverable boolean default false
) returns public.documents
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(register_document_upload.engagement_id);
  role text := private.actor_role(engagement);
  bucket storage.buckets;
  document_id uuid := gen_random_uuid();
  clean_name text := btrim(register_document_upload.name);
  document public.documents;
begin
  if engagement.state in ('cancelled', 'closed') then
    perform private.refuse('engagement_finished', 'none', 'This engagement is finished; no new documents.',
      jsonb_build_object('step', engagement.step, 'state', engagement.state));
  end if;
  if role in ('approver', 'member') and register_document_upload.visibility = 'internal' then
    perform private.refuse('visibility_not_allowed', 'client', 'Client users upload confidential or shared documents only.',
      jsonb_build_object('step', engagement.step));
  end if;
  if clean_name is null or length(clean_name) not between 1 and 200 or clean_name ~ '[/\\[:cntrl:]]'
     or clean_name in ('.', '..') then
    perform private.refuse('invalid_file_name', 'none',
      'A file name has 1 to 200 characters and no slashes or control characters.', jsonb_build_object('step', engagement.step));
  end if;
  select b.* into bucket from storage.buckets b where b.id = 'engagement-documents';
  if not (register_document_upload.mime_type = any (bucket.allowed_mime_types)) then
    perform private.refuse('file_type_not_allowed', 'none', 'Upload PDF, PNG, JPEG, DOCX, XLSX, TXT or ZIP files.',
      jsonb_build_object('step', engagement.step, 'allowed', to_jsonb(bucket.allowed_mime_types)));
  end if;
  if register_document_upload.size_bytes is null or register_document_upload.size_bytes < 0
     or register_document_upload.size_bytes > bucket.file_size_limit then
    perform private.refuse('file_too_large', 'none', 'A file may be at most 20 MB.',
      jsonb_build_object('step', engagement.step, 'limit_bytes', bucket.file_size_limit));
  end if;
  insert into public.documents (id, engagement_id, name, visibility, storage_path, mime_type, size_bytes,
                                is_deliverable, uploaded_by)
  values (document_id, engagement.id, clean_name, register_document_upload.visibility,
          engagement.id::text || '/' || document_id::text || '/' || clean_name,
          register_document_upload.mime_type, register_document_upload.size_bytes,
          coalesce(register_document_upload.is_deliverable, false) and role in ('manager', 'account_manager'),
          (select auth.uid()))
  returning * into document;
  perform private.log_document_action(document, 'upload');
  perform private.log_event(engagement.id, 'document_uploaded', document.visibility <> 'internal', document.name,
    jsonb_build_object('document_id', document.id, 'visibility', document.visibility, 'is_deliverable', document.is_deliverable));
  perform private.refresh_whose_move(engagement.id);
  return document;
end
$$;
comment on function public.register_document_upload(uuid, text, public.document_visibility, text, bigint, boolean)
  is 'Registers (and logs) an upload before the bytes go to Storage; returns the row with its id and storage_path.';

create or replace function public.log_document_access(document_id uuid) returns text
language plpgsql security definer set search_path = '' as $$
declare
  document public.documents := private.readable_document(log_document_access.document_id);
begin
  if document.deleted_at is not null then
    perform private.refuse('document_deleted', 'none', 'This document has been deleted.');
  end if;
  perform private.log_document_action(document, 'signed_link');
  return document.storage_path;
end
$$;
comment on function public.log_document_access(uuid) is 'Logs a read before the app asks Storage for a signed link (at most 60 s); returns the object path.';

create or replace function public.delete_document(document_id uuid) returns text
language plpgsql security definer set search_path = '' as $$
declare
  document public.documents := private.readable_document(delete_document.document_id);
  engagement public.engagements := private.lock_engagement(document.engagement_id);
  role text := private.actor_role(engagement);
begin
  if document.deleted_at is not null then
    perform private.refuse('document_deleted', 'none', 'This document has already been deleted.');
  end if;
  if role in ('approver', 'member') and document.uploaded_by is distinct from (select auth.uid()) then
    perform private.refuse('not_document_owner', 'provider',
      'Client users delete only the documents they uploaded; ask the account manager.', jsonb_build_object('step', engagement.step));
  end if;
  update public.documents d set deleted_at = now(), deleted_by = (select auth.uid())
  where d.id = document.id
  returning * into document;
  perform private.log_document_action(document, 'delete');
  perform private.log_event(engagement.id, 'document_deleted', document.visibility <> 'internal', document.name,
    jsonb_build_object('document_id', document.id));
  perform private.refresh_whose_move(engagement.id);
  return document.storage_path;
end
$$;
comment on function public.delete_document(uuid) is 'Marks a document deleted and logs it; the app then removes the object from Storage.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.documents, public.document_access_log from public, anon, authenticated;
grant select on public.documents, public.document_access_log to authenticated;
grant select, insert, update, delete on public.documents to service_role;
grant select, insert on public.document_access_log to service_role;

revoke all on function private.readable_document(uuid),
  private.log_document_action(public.documents, public.document_access_action) from public, anon;

revoke all on function public.register_document_upload(uuid, text, public.document_visibility, text, bigint, boolean),
  public.log_document_access(uuid), public.delete_document(uuid) from public, anon;
grant execute on function public.register_document_upload(uuid, text, public.document_visibility, text, bigint, boolean),
  public.log_document_access(uuid), public.delete_document(uuid) to authenticated, service_role;
