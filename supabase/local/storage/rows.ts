import type { Tx } from '../engine/types.ts'
import { bucketNotFound, objectNotFound } from './errors.ts'

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

export const OBJECT_COLUMNS = 'id, name, bucket_id, owner_id, version, metadata, user_metadata, created_at, updated_at, last_accessed_at'

/** The object row as whoever the transaction runs as sees it: RLS hides what they may not read. */
export async function findObject(tx: Tx, bucket: string, name: string): Promise<ObjectRow> {
  const { rows } = await tx.query<ObjectRow>(`select ${OBJECT_COLUMNS} from storage.objects where bucket_id = $1 and name = $2`, [
    bucket,
    name,
  ])
  if (!rows[0]) throw objectNotFound()
  return rows[0]
}
