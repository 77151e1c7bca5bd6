-- Storage keys and purges: storage-api refuses object keys outside [A-Za-z0-9_/!.*'() &$=@;:+,?-]
-- (src/storage/limits.ts isValidKey), so a document named "Hợp đồng.pdf" could not reach the bucket.
-- The object key is now derived from the name (Vietnamese folded to ASCII, other characters
-- replaced, extension kept) while documents.name keeps the person's file name. A deleted
-- document's bytes are removed with the service key after the database agreed, and the removal is
-- recorded (documents.purged_at and a 'purge' row of the access log), so what was erased and when
-- can be shown.

-- =========================================================================================
-- Enums
-- =========================================================================================
alter type public.document_access_action add value if not exists 'purge';
comment on type public.document_access_action
  is 'What happened to a document''s bytes: upload, signed_link and delete are logged before they happen, purge once the bytes are gone.';

-- =========================================================================================
-- Helpers
-- =========================================================================================
create or replace function private.document_object_key(file_name text) returns text
language plpgsql immutable security definer set search_path = '' as $$
declare
  -- đ/Đ have no decomposition; the other Vietnamese letters are a base letter and combining marks.
  folded text := regexp_replace(translate(normalize(coalesce(file_name, ''), nfd), 'đĐ', 'dD'), '[\u0300-\u036f]', '', 'g');
  extension text;
  base text;
begin
  folded := regexp_replace(folded, '[^A-Za-z0-9 ._()-]+', '_', 'g');
  extension := coalesce(substring(folded from '(\.[A-Za-z0-9]{1,10})$'), '');
  base := btrim(left(btrim(left(folded, length(folded) - length(extension)), ' ._'), 100), ' ._');
  return (case when base = '' then 'document' else base end) || extension;
end
$$;
comment on function private.document_object_key(text) is 'Derives a Storage object key segment storage-api accepts from a person''s file name.';

-- =========================================================================================
-- Tables
-- =========================================================================================
alter table public.documents add column purged_at timestamptz;
comment on column public.documents.purged_at is 'When the bytes of this deleted document were removed from Storage (null: still there, or not deleted).';

-- Registrations whose path storage-api would refuse never got their bytes: give them the key they would have now.
update public.documents d
set storage_path = d.engagement_id::text || '/' || d.id::text || '/' || (select private.document_object_key(d.name))
where d.storage_path !~ ('^[A-Za-z0-9_/!.*''() &$=@;:+,?-]+$');

alter table public.documents drop constraint documents_check;
alter table public.documents
  add constraint documents_storage_path_is_object_key check (
    storage_path ~ ('^' || engagement_id::text || '/' || id::text || '/[A-Za-z0-9_!.*''() &$=@;:+,?-]{1,200}$')
  ),
  add constraint documents_purged_after_deleted check (purged_at is null or deleted_at is not null);
comment on table public.documents
  is 'Files of an engagement; bytes live at <engagement_id>/<document_id>/<object key of the name> in bucket engagement-documents.';
create index documents_pending_purge_idx on public.documents (deleted_at) where deleted_at is not null and purged_at is null;

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
          engagement.id::text || '/' || document_id::text || '/' || (select private.document_object_key(clean_name)),
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
  is 'Registers (and logs) an upload before the bytes go to Storage; returns the row with its id and storage_path, whose last segment is the object key of the name.';

comment on function public.delete_document(uuid)
  is 'Marks a document deleted and logs it; the Edge Function delete-document calls it as the caller, then removes the bytes with the service key and records the purge.';

create or replace function public.pending_document_purges(max_rows integer default 100)
returns table (document_id uuid, storage_path text)
language sql stable security definer set search_path = '' as $$
  select d.id, d.storage_path
  from public.documents d
  where d.deleted_at is not null and d.purged_at is null
  order by d.deleted_at, d.id
  limit greatest(1, least(coalesce(pending_document_purges.max_rows, 100), 1000));
$$;
comment on function public.pending_document_purges(integer)
  is 'Deleted documents whose bytes are not yet removed; the purge (delete-document, purge-documents) works through them with the service key.';

create or replace function public.record_document_purge(document_id uuid) returns timestamptz
language plpgsql security definer set search_path = '' as $$
declare
  document public.documents;
begin
  select d.* into document from public.documents d where d.id = record_document_purge.document_id for update;
  if document.id is null then
    perform private.refuse('document_not_found', 'none', 'There is no such document.');
  end if;
  if document.deleted_at is null then
    perform private.refuse('document_not_deleted', 'none', 'Only a deleted document''s bytes are purged.');
  end if;
  if document.purged_at is not null then
    return document.purged_at;
  end if;
  update public.documents d set purged_at = now() where d.id = document.id returning * into document;
  perform private.log_document_action(document, 'purge');
  return document.purged_at;
end
$$;
comment on function public.record_document_purge(uuid)
  is 'Called with the service key once the object is removed: sets purged_at and logs a purge; a second call changes nothing.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on function private.document_object_key(text) from public, anon;

revoke all on function public.pending_document_purges(integer), public.record_document_purge(uuid)
  from public, anon, authenticated;
grant execute on function public.pending_document_purges(integer), public.record_document_purge(uuid) to service_role;
