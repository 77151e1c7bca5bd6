import type { Tx } from '../engine/types.ts'
import { randomUUID } from 'node:crypto'
import { bucketNotFound, objectNotFound, rlsRefusal } from './errors.ts'

export interface BucketLimits {
  id: string
  public: boolean
  file_size_limit: string | number | null
  allowed_mime_types: string[] | null
}

/**
 * A bucket's settings, read before the transaction switches to the caller's role: like
 * storage-api, limits and the public flag apply whatever the caller may see of storage.buckets.
 */
export async function readBucketLimits(tx: Tx, bucket: string): Promise<BucketLimits> {
  const { rows } = await tx.query<BucketLimits>(
    `select id, coalesce(public, false) as public, file_size_limit, allowed_mime_types from storage.buckets where id = $1`,
    [bucket],
  )
  if (!rows[0]) throw bucketNotFound()
  return rows[0]
}

export interface ObjectRow {
  id: string
  name: string
  bucket_id: string
  owner_id: string | null
  version: string | null
  metadata: ObjectMetadata | null
  user_metadata: Record<string, unknown> | null
  created_at: Date | string
  updated_at: Date | string
  last_accessed_at: Date | string | null
}

export interface ObjectMetadata {
  eTag: string
  size: number
  mimetype: string
  cacheControl: string
  lastModified: string
  contentLength: number
  httpStatusCode: number
}

export const OBJECT_COLUMNS =
  'id, name, bucket_id, owner_id, version, metadata, user_metadata, created_at, updated_at, last_accessed_at'

/** The object row as whoever the transaction runs as sees it: RLS hides what they may not read. */
export async function findObject(tx: Tx, bucket: string, name: string): Promise<ObjectRow> {
  const { rows } = await tx.query<ObjectRow>(
    `select ${OBJECT_COLUMNS} from storage.objects where bucket_id = $1 and name = $2`,
    [bucket, name],
  )
  if (!rows[0]) throw objectNotFound()
  return rows[0]
}

/** storage-api's createObject (a new name only) or upsertObject (`x-upsert: true`, and every PUT). */
export type RowWrite = 'create' | 'upsert'

export interface NewObjectRow {
  bucket: string
  name: string
  owner: string | null
  metadata: ObjectMetadata | null
  userMetadata: Record<string, unknown> | null
}

/**
 * Writes the row as whoever the transaction runs as, so RLS decides: INSERT policies for a new
 * name; on an existing one a duplicate (create) or the UPDATE policies (upsert). Returns its id.
 */
export async function writeObjectRow(tx: Tx, mode: RowWrite, row: NewObjectRow): Promise<string> {
  const params = [
    row.bucket,
    row.name,
    row.owner,
    JSON.stringify(row.metadata),
    JSON.stringify(row.userMetadata),
  ]
  if (mode === 'create') {
    // No RETURNING: it would also demand a SELECT policy, and Supabase lets an INSERT policy alone upload.
    const id = randomUUID()
    const { affectedRows } = await tx.query(
      `insert into storage.objects (id, bucket_id, name, owner_id, metadata, user_metadata, version)
       values ($6, $1, $2, $3, $4::jsonb, $5::jsonb, gen_random_uuid()::text)`,
      [...params, id],
    )
    if (affectedRows !== 1) throw rlsRefusal()
    return id
  }
  // storage-api's upsertObject leaves the owner as it was when the caller has none (the service key)
  const { rows } = await tx.query<{ id: string }>(
    `insert into storage.objects (bucket_id, name, owner_id, metadata, user_metadata, version)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, gen_random_uuid()::text)
     on conflict (bucket_id, name) do update set owner_id = coalesce(excluded.owner_id, objects.owner_id),
       metadata = excluded.metadata, user_metadata = excluded.user_metadata, version = excluded.version,
       updated_at = now()
     returning id`,
    params,
  )
  if (rows.length !== 1) throw rlsRefusal()
  return rows[0]!.id
}
