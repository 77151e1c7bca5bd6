-- Document links: the bytes of engagement documents are read only through the Edge Function
-- document-link, which logs the read as the caller (log_document_access) and signs a 60-second link
-- with the service key. Before, any member could download, list or sign (for ten years) directly
-- through Storage without a log row, and such a link outlived their membership.

-- =========================================================================================
-- Policies
-- =========================================================================================
-- No SELECT policy on the bucket for authenticated users: no direct download, list, info or signed
-- link, whatever the visibility. Uploads still work: storage-api creates the row with an INSERT
-- without RETURNING (Uploader.canUpload -> createObject) and completes it as its superuser, so the
-- INSERT policy of 0700 alone decides. Deleting bytes through Storage needs the row to be readable,
-- so it is now left to the service key, like signing.
drop policy "Engagement files are readable by who sees their document" on storage.objects;

-- =========================================================================================
-- RPCs
-- =========================================================================================
comment on function public.log_document_access(uuid)
  is 'Logs a read of a document the caller may see and returns its object path; the Edge Function document-link calls it as the caller, then signs a 60-second link.';
