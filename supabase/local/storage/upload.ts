import { createHash } from 'node:crypto'
import { MAX_BODY_BYTES } from '../config.ts'
import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, ownerOf, requireCaller } from './caller.ts'
import { StorageError, tooLarge } from './errors.ts'
import { placeFile, removeFile, writeTempFile, type PlacedFile } from './files.ts'
import { objectFilePath } from './object-path.ts'
import {
  readBucketLimits,
  writeObjectRow,
  type BucketLimits,
  type ObjectMetadata,
  type RowWrite,
} from './rows.ts'
import { readUploadedFile, type UploadedFile } from './upload-body.ts'

/**
 * POST creates; `x-upsert: true` and PUT create or replace (storage-api's updateObject route uploads
 * with isUpsert). The row is written as the caller, so RLS decides; the bytes go into place only
 * after that, inside the transaction, and are put back if it does not commit.
 */
export async function uploadObject(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
  name: string,
): Promise<ApiResponse> {
  const who = requireCaller(request)
  const mode: RowWrite =
    request.method === 'PUT' || request.headers['x-upsert'] === 'true' ? 'upsert' : 'create'
  const upload = await readUploadedFile(request)
  const target = objectFilePath(context.storageDir, bucket, name)
  const tempFile = await writeTempFile(context.storageDir, upload.bytes)
  let placed: PlacedFile | undefined
  try {
    const id = await context.engine.transaction(async (tx) => {
      checkLimits(await readBucketLimits(tx, bucket), upload)
      await becomeCaller(tx, who, request)
      const objectId = await writeObjectRow(tx, mode, {
        bucket,
        name,
        owner: ownerOf(who),
        metadata: metadataOf(upload),
        userMetadata: upload.userMetadata,
      })
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
    throw new StorageError(
      415,
      'invalid_mime_type',
      `mime type ${upload.mimetype} is not supported`,
      'InvalidMimeType',
    )
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
