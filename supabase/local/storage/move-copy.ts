import { copyFile } from 'node:fs/promises'
import type { Tx } from '../engine/types.ts'
import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, ownerOf, requireCaller } from './caller.ts'
import { invalidRequest, objectNotFound } from './errors.ts'
import { fromSourceFile, newTempPath, placeFile, removeFile, type PlacedFile } from './files.ts'
import { readJsonBody } from './json-body.ts'
import { objectFilePath, validateBucketId, validateObjectName } from './object-path.ts'
import { findObject, writeObjectRow } from './rows.ts'

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
    // storage-api checks only the destination key; an unknown source is simply not found
    source: sourceKey,
    destinationBucket: validateBucketId(typeof destinationBucket === 'string' ? destinationBucket : bucketId),
    destination: validateObjectName(destinationKey),
  }
}

const samePlace = (transfer: Transfer) =>
  transfer.bucket === transfer.destinationBucket && transfer.source === transfer.destination

/**
 * storage-api's moveObject (src/storage/object.ts): the caller must see the source and be allowed to
 * rename its row. The bytes move only after the database agreed, inside the same transaction, and
 * go back to the source if it does not commit.
 */
export async function moveObject(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const who = requireCaller(request)
  const move = await readTransfer(request)
  const from = objectFilePath(context.storageDir, move.bucket, move.source)
  const to = objectFilePath(context.storageDir, move.destinationBucket, move.destination)
  let placed: PlacedFile | undefined
  try {
    const id = await context.engine.transaction(async (tx) => {
      await becomeCaller(tx, who, request)
      await findObject(tx, move.bucket, move.source)
      // storage-api checks a move onto itself like any other, then leaves the object as it was
      if (samePlace(move)) return rolledBack(tx, () => renameRow(tx, move, ownerOf(who)))
      const objectId = await renameRow(tx, move, ownerOf(who))
      placed = await fromSourceFile(() => placeFile(context.storageDir, from, to, 'returning'))
      return objectId
    })
    await placed?.keep()
    return json(200, { message: 'Successfully moved', Id: id, Key: move.destination })
  } catch (error) {
    await placed?.undo()
    throw error
  }
}

/**
 * The caller's UPDATE of the source row: RLS USING on the old name, WITH CHECK on the new one, and
 * RETURNING needs the new row to be readable. A row taken by the destination name is a duplicate (23505).
 */
async function renameRow(tx: Tx, move: Transfer, owner: string | null): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `update storage.objects set bucket_id = $3, name = $4, owner_id = coalesce($5, owner_id),
       version = gen_random_uuid()::text, updated_at = now()
     where bucket_id = $1 and name = $2 returning id`,
    [move.bucket, move.source, move.destinationBucket, move.destination, owner],
  )
  // storage-api's updateObject: no row back (no UPDATE policy lets the caller change it) is NoSuchKey
  if (rows.length !== 1) throw objectNotFound()
  return rows[0]!.id
}

/** storage-api's testPermission: the write runs to prove the caller may make it, then is undone. */
async function rolledBack<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  await tx.query('savepoint permission_test')
  const value = await write()
  await tx.query('rollback to savepoint permission_test')
  return value
}

/**
 * storage-api's copyObject: the caller must see the source, and may create the destination
 * (RLS INSERT); with `x-upsert: true` create or replace it (RLS UPDATE on an existing row), without
 * it an existing destination is a duplicate. Bytes are copied only after the row was accepted.
 */
export async function copyObject(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const who = requireCaller(request)
  const copy = await readTransfer(request)
  const upsert = request.headers['x-upsert'] === 'true'
  const tempFile = await newTempPath(context.storageDir)
  let placed: PlacedFile | undefined
  try {
    const id = await context.engine.transaction(async (tx) => {
      await becomeCaller(tx, who, request)
      const source = await findObject(tx, copy.bucket, copy.source)
      const metadata = source.metadata ? { ...source.metadata, lastModified: new Date().toUTCString() } : null
      const objectId = await writeObjectRow(tx, upsert ? 'upsert' : 'create', {
        bucket: copy.destinationBucket,
        name: copy.destination,
        owner: ownerOf(who),
        metadata,
        userMetadata: source.user_metadata,
      })
      await fromSourceFile(() =>
        copyFile(objectFilePath(context.storageDir, copy.bucket, copy.source), tempFile),
      )
      placed = await placeFile(
        context.storageDir,
        tempFile,
        objectFilePath(context.storageDir, copy.destinationBucket, copy.destination),
      )
      return objectId
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
