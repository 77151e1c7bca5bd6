import { readFile } from 'node:fs/promises'
import { JWT_SECRET } from '../config.ts'
import { verifyJwt } from '../http/jwt.ts'
import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, requireCaller } from './caller.ts'
import { StorageError, objectNotFound } from './errors.ts'
import { objectFilePath } from './object-path.ts'
import { findObject, readBucketLimits, type ObjectRow } from './rows.ts'

/** GET / HEAD of an object the caller may read (RLS SELECT on storage.objects). */
export async function downloadObject(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
  name: string,
): Promise<ApiResponse> {
  const who = requireCaller(request)
  const row = await context.engine.transaction(
    async (tx) => {
      await becomeCaller(tx, who, request)
      return findObject(tx, bucket, name)
    },
    { readOnly: true },
  )
  return serveObject(request, context, row)
}

/** Public buckets serve anyone, without RLS, as on Supabase. */
export async function downloadPublicObject(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
  name: string,
): Promise<ApiResponse> {
  const row = await context.engine.transaction(
    async (tx) => {
      const limits = await readBucketLimits(tx, bucket)
      if (!limits.public) throw objectNotFound()
      return findObject(tx, bucket, name)
    },
    { readOnly: true },
  )
  return serveObject(request, context, row)
}

/** A signed URL serves the bytes without auth while its token is valid and names this very object. */
export async function downloadSignedObject(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
  name: string,
): Promise<ApiResponse> {
  const token = request.url.searchParams.get('token')
  if (!token)
    throw new StorageError(400, 'InvalidSignature', "Querystring must have required property 'token'")
  const verdict = verifyJwt(token, JWT_SECRET)
  // storage-api verifyObjectSignature: jose's own words, as InvalidJWT.
  if (!verdict.ok)
    throw new StorageError(
      400,
      'InvalidJWT',
      verdict.reason === 'JWT expired'
        ? '"exp" claim timestamp check failed'
        : 'signature verification failed',
    )
  if (verdict.claims.url !== `${bucket}/${name}`)
    throw new StorageError(400, 'InvalidSignature', 'Invalid signature')
  const row = await context.engine.transaction((tx) => findObject(tx, bucket, name), { readOnly: true })
  return serveObject(request, context, row)
}

/** `/object/info/...`: the row in storage-js's FileObjectV2 shape (snake case, camelised by the client). */
export async function objectInfo(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
  name: string,
): Promise<ApiResponse> {
  const who = requireCaller(request)
  const row = await context.engine.transaction(
    async (tx) => {
      await becomeCaller(tx, who, request)
      return findObject(tx, bucket, name)
    },
    { readOnly: true },
  )
  return json(200, {
    id: row.id,
    name: row.name,
    version: row.version,
    bucket_id: row.bucket_id,
    size: row.metadata?.size ?? null,
    content_type: row.metadata?.mimetype ?? null,
    cache_control: row.metadata?.cacheControl ?? null,
    etag: row.metadata?.eTag ?? null,
    last_modified: row.metadata?.lastModified ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
    metadata: row.user_metadata ?? {},
  })
}

async function serveObject(request: ApiRequest, context: StackContext, row: ObjectRow): Promise<ApiResponse> {
  let bytes: Buffer
  try {
    bytes = await readFile(objectFilePath(context.storageDir, row.bucket_id, row.name))
  } catch {
    throw objectNotFound()
  }
  const metadata = row.metadata
  const headers: Record<string, string> = {
    'content-type': metadata?.mimetype ?? 'application/octet-stream',
    'content-length': String(bytes.length),
    'cache-control': metadata?.cacheControl ?? 'no-cache',
    'last-modified': metadata?.lastModified ?? new Date(row.updated_at).toUTCString(),
  }
  if (metadata?.eTag) headers.etag = metadata.eTag
  // storage-api renderer.ts handleDownload: the name percent-encoded, as the plain filename and as RFC 6266's filename*
  const download = request.url.searchParams.get('download')
  if (download === '') headers['content-disposition'] = 'attachment;'
  else if (download !== null) {
    const encoded = encodeURIComponent(download)
    headers['content-disposition'] = `attachment; filename=${encoded}; filename*=UTF-8''${encoded}`
  }
  return { status: 200, headers, body: request.method === 'HEAD' ? null : bytes }
}
