import { createHash, randomUUID } from 'node:crypto'
import { MAX_BODY_BYTES } from '../config.ts'
import type { Tx } from '../engine/types.ts'
import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, ownerOf, requireCaller } from './caller.ts'
import { StorageError, objectNotFound, tooLarge } from './errors.ts'
import { placeFile, removeFile, writeTempFile, type PlacedFile } from './files.ts'
import { objectFilePath } from './object-path.ts'
import { readBucketLimits, type BucketLimits, type ObjectMetadata } from './rows.ts'
import { readUploadedFile, type UploadedFile } from './upload-body.ts'

export type UploadMode = 'create' | 'upsert' | 'update'

/**
 * POST creates (PUT replaces; `x-upsert: true` does either). The row is written as the caller, so
 * RLS decides; the bytes go into place only after that and are put back if the commit fails.
 */
export async function uploadObject(request: ApiRequest, context: StackContext, bucket: string, name: string): Promise<ApiResponse> {
  const who = requireCaller(request)
  const mode: UploadMode = request.method === 'PUT' ? 'update' : request.headers['x-upsert'] === 'true' ? 'upsert' : 'create'
  const upload = await readUploadedFile(request)
  const target = objectFilePath(context.storageDir, bucket, name)
  const tempFile = await writeTempFile(context.storageDir, upload.bytes)
  let placed: PlacedFile | undefined
  try {
    const id = await context.engine.transaction(async (tx) => {
      checkLimits(await readBucketLimits(tx, bucket), upload)
      await becomeCaller(tx, who, request)
      const objectId = await writeObjectRow(tx, mode, { bucket, name, owner: ownerOf(who), metadata: metadataOf(upload), upload })
      placed = await placeFile(context.storageDir, tempFile, target)
      return objectId
    })
    await placed?.keep()
    return json(200, { Key: `${bucket}/${name}`, Id: id })
  } catch (error) {
    await placed?.undo()
    throw error
  } finally {
    await removeFile(tempFile)
  }
}

function checkLimits(limits: BucketLimits, upload: UploadedFile): void {
  const bucketLimit = limits.file_size_limit === null ? Infinity : Number(limits.file_size_limit)
  if (upload.bytes.length > Math.min(bucketLimit, MAX_BODY_BYTES)) throw tooLarge()
  const allowed = limits.allowed_mime_types
  if (allowed && allowed.length > 0 && !allowed.some((pattern) => mimeMatches(pattern, upload.mimetype))) {
    throw new StorageError(415, 'invalid_mime_type', `mime type ${upload.mimetype} is not supported`)
  }
}

/** `image/*` matches any image type; parameters such as `;charset=utf-8` are ignored. */
function mimeMatches(pattern: string, mimetype: string): boolean {
  const type = mimetype.split(';')[0]!.trim().toLowerCase()
  const wanted = pattern.trim().toLowerCase()
  return wanted.endsWith('/*') ? type.startsWith(wanted.slice(0, -1)) : type === wanted
}

function metadataOf(upload: UploadedFile): ObjectMetadata {
  return {
    eTag: `"${createHash('md5').update(upload.bytes).digest('hex')}"`,
    size: upload.bytes.length,
    mimetype: upload.mimetype,
    cacheControl: upload.cacheControl,
    lastModified: new Date().toUTCString(),
    contentLength: upload.bytes.length,
    httpStatusCode: 200,
  }
}

interface ObjectWrite {
  bucket: string
  name: string
  owner: string | null
  metadata: ObjectMetadata
  upload: UploadedFile
}

async function writeObjectRow(tx: Tx, mode: UploadMode, write: ObjectWrite): Promise<string> {
  const params = [write.bucket, write.name, write.owner, JSON.stringify(write.metadata), JSON.stringify(write.upload.userMetadata)]
  if (mode === 'update') {
    const { rows } = await tx.query<{ id: string }>(
      `update storage.objects set owner_id = $3, metadata = $4::jsonb, user_metadata = $5::jsonb,
         version = gen_random_uuid()::text, updated_at = now()
       where bucket_id = $1 and name = $2 returning id`,
      params,
    )
    if (!rows[0]) throw objectNotFound()
    return rows[0].id
  }
  if (mode === 'create') {
    // No RETURNING: it would also demand a SELECT policy, and Supabase lets an INSERT policy alone upload.
    const id = randomUUID()
    await tx.query(
      `insert into storage.objects (id, bucket_id, name, owner_id, metadata, user_metadata, version)
       values ($6, $1, $2, $3, $4::jsonb, $5::jsonb, gen_random_uuid()::text)`,
      [...params, id],
    )
    return id
  }
  const { rows } = await tx.query<{ id: string }>(
    `insert into storage.objects (bucket_id, name, owner_id, metadata, user_metadata, version)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, gen_random_uuid()::text)
     on conflict (bucket_id, name) do update set owner_id = excluded.owner_id, metadata = excluded.metadata,
       user_metadata = excluded.user_metadata, version = excluded.version, updated_at = now()
     returning id`,
    params,
  )
  return rows[0]!.id
}
