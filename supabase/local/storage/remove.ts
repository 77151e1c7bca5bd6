import type { Tx } from '../engine/types.ts'
import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, requireCaller } from './caller.ts'
import { bucketNotFound, invalidRequest } from './errors.ts'
import { removeFile } from './files.ts'
import { readJsonBody } from './json-body.ts'
import { objectFilePath } from './object-path.ts'
import { OBJECT_COLUMNS, type ObjectRow } from './rows.ts'

/** Deletes the rows the caller may delete (RLS), then their bytes once the deletion has committed. */
export async function removeObjects(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
): Promise<ApiResponse> {
  const who = requireCaller(request)
  const prefixes = (await readJsonBody(request)).prefixes
  if (
    !Array.isArray(prefixes) ||
    prefixes.length === 0 ||
    prefixes.length > 1000 ||
    !prefixes.every((p) => typeof p === 'string')
  ) {
    throw invalidRequest('prefixes must be an array of 1 to 1000 object names')
  }
  // storage-api deleteObjects looks the names up unchecked: a refused key is just not there
  const names = prefixes as string[]
  const removed = await context.engine.transaction(async (tx) => {
    await becomeCaller(tx, who, request)
    return deleteRows(tx, bucket, 'name = any($2::text[])', [names])
  })
  await removeBytes(context, removed)
  return json(200, removed)
}

/**
 * `/bucket/:id/empty`: the whole bucket, as far as the caller may delete. A bucket the caller cannot
 * see is not found, as storage-api's emptyBucket looks it up as the caller first (src/storage/storage.ts).
 */
export async function emptyBucket(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
): Promise<ApiResponse> {
  const who = requireCaller(request)
  const removed = await context.engine.transaction(async (tx) => {
    await becomeCaller(tx, who, request)
    const { rows } = await tx.query(`select 1 from storage.buckets where id = $1`, [bucket])
    if (rows.length === 0) throw bucketNotFound()
    return deleteRows(tx, bucket, 'true', [])
  })
  await removeBytes(context, removed)
  return json(200, { message: 'Successfully emptied' })
}

async function deleteRows(
  tx: Tx,
  bucket: string,
  condition: string,
  params: unknown[],
): Promise<ObjectRow[]> {
  const { rows } = await tx.query<ObjectRow>(
    `delete from storage.objects where bucket_id = $1 and ${condition} returning ${OBJECT_COLUMNS}`,
    [bucket, ...params],
  )
  return rows
}

/** Rows already gone: a file that cannot be removed now is only wasted space, never a visible object. */
async function removeBytes(context: StackContext, rows: ObjectRow[]): Promise<void> {
  for (const row of rows) {
    try {
      await removeFile(objectFilePath(context.storageDir, row.bucket_id, row.name))
    } catch {
      // names written by SQL may not be valid file paths; there are no bytes to remove then
    }
  }
}
