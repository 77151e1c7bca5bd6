import { copyFile, rename } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, ownerOf, requireCaller } from './caller.ts'
import { invalidRequest } from './errors.ts'
import { newTempPath, placeFile, removeFile, type PlacedFile } from './files.ts'
import { readJsonBody } from './json-body.ts'
import { objectFilePath, validateBucketId, validateObjectName } from './object-path.ts'
import { findObject } from './rows.ts'

interface Transfer {
  bucket: string
  source: string
  destinationBucket: string
  destination: string
}

async function readTransfer(request: ApiRequest): Promise<Transfer> {
  const body = await readJsonBody(request)
  const { bucketId, sourceKey, destinationKey, destinationBucket } = body
  if (typeof bucketId !== 'string' || typeof sourceKey !== 'string' || typeof destinationKey !== 'string') {
    throw invalidRequest('bucketId, sourceKey and destinationKey are required')
  }
  return {
    bucket: validateBucketId(bucketId),
    source: validateObjectName(sourceKey),
    destinationBucket: validateBucketId(typeof destinationBucket === 'string' ? destinationBucket : bucketId),
    destination: validateObjectName(destinationKey),
  }
}

/** Renames the row as the caller (RLS UPDATE checks both the old and the new name), then the bytes. */
export async function moveObject(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const who = requireCaller(request)
  const move = await readTransfer(request)
  const from = objectFilePath(context.storageDir, move.bucket, move.source)
  const to = objectFilePath(context.storageDir, move.destinationBucket, move.destination)
  let placed: PlacedFile | undefined
  try {
    await context.engine.transaction(async (tx) => {
      await becomeCaller(tx, who, request)
      await findObject(tx, move.bucket, move.source)
      await tx.query(
        `update storage.objects set bucket_id = $3, name = $4, updated_at = now() where bucket_id = $1 and name = $2`,
        [move.bucket, move.source, move.destinationBucket, move.destination],
      )
      placed = await placeFile(context.storageDir, from, to)
    })
    await placed?.keep()
  } catch (error) {
    // the destination had no row (names are unique), so there is nothing of its own to restore
    if (placed) await rename(to, from)
    throw error
  }
  return json(200, { message: 'Successfully moved' })
}

/** Reads the source and inserts the copy, both as the caller. */
export async function copyObject(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const who = requireCaller(request)
  const copy = await readTransfer(request)
  const tempFile = await newTempPath(context.storageDir)
  let placed: PlacedFile | undefined
  try {
    const id = await context.engine.transaction(async (tx) => {
      await becomeCaller(tx, who, request)
      const source = await findObject(tx, copy.bucket, copy.source)
      const newId = randomUUID()
      await tx.query(
        `insert into storage.objects (id, bucket_id, name, owner_id, metadata, user_metadata, version)
         values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, gen_random_uuid()::text)`,
        [newId, copy.destinationBucket, copy.destination, ownerOf(who), JSON.stringify(source.metadata), JSON.stringify(source.user_metadata)],
      )
      await copyFile(objectFilePath(context.storageDir, copy.bucket, copy.source), tempFile)
      placed = await placeFile(context.storageDir, tempFile, objectFilePath(context.storageDir, copy.destinationBucket, copy.destination))
      return newId
    })
    await placed?.keep()
    return json(200, { Id: id, Key: `${copy.destinationBucket}/${copy.destination}` })
  } catch (error) {
    await placed?.undo()
    throw error
  } finally {
    await removeFile(tempFile)
  }
}
