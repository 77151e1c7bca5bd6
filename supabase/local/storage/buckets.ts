import type { Tx } from '../engine/types.ts'
import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, ownerOf, requireCaller } from './caller.ts'
import { bucketNotFound, invalidRequest } from './errors.ts'
import { readJsonBody } from './json-body.ts'
import { validateNewBucketId } from './object-path.ts'

// bigint would arrive as a string; storage-api answers with a number
const BUCKET_COLUMNS =
  'id, name, owner, owner_id, public, file_size_limit::float8 as file_size_limit, allowed_mime_types, created_at, updated_at'

/** Every bucket call runs as the caller, so RLS on storage.buckets decides (the service key bypasses it). */
async function asCaller<T>(
  request: ApiRequest,
  context: StackContext,
  work: (tx: Tx) => Promise<T>,
  readOnly = false,
): Promise<T> {
  const who = requireCaller(request)
  return context.engine.transaction(
    async (tx) => {
      await becomeCaller(tx, who, request)
      return work(tx)
    },
    { readOnly },
  )
}

export async function listBuckets(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const rows = await asCaller(
    request,
    context,
    async (tx) => (await tx.query(`select ${BUCKET_COLUMNS} from storage.buckets order by name`)).rows,
    true,
  )
  return json(200, rows)
}

export async function getBucket(
  request: ApiRequest,
  context: StackContext,
  id: string,
): Promise<ApiResponse> {
  const rows = await asCaller(
    request,
    context,
    async (tx) => (await tx.query(`select ${BUCKET_COLUMNS} from storage.buckets where id = $1`, [id])).rows,
    true,
  )
  if (!rows[0]) throw bucketNotFound()
  return json(200, rows[0])
}

interface BucketSettings {
  public: boolean | null
  fileSizeLimit: number | null
  allowedMimeTypes: string[] | null
}

function readSettings(body: Record<string, unknown>): BucketSettings {
  const allowed = body.allowed_mime_types
  if (allowed != null && (!Array.isArray(allowed) || !allowed.every((type) => typeof type === 'string'))) {
    throw invalidRequest('allowed_mime_types must be an array of strings')
  }
  if (body.public != null && typeof body.public !== 'boolean')
    throw invalidRequest('public must be true or false')
  return {
    public: (body.public as boolean | undefined) ?? null,
    fileSizeLimit: parseSize(body.file_size_limit),
    allowedMimeTypes: (allowed as string[] | null) ?? null,
  }
}

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }

/** storage-js accepts `1048576` or `'1MB'`. */
function parseSize(value: unknown): number | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  const match = typeof value === 'string' ? /^\s*(\d+)\s*(b|kb|mb|gb)?\s*$/i.exec(value) : null
  if (!match) throw invalidRequest('file_size_limit must be a number of bytes or a size such as 5MB')
  return Number(match[1]) * SIZE_UNITS[(match[2] ?? 'b').toLowerCase()]!
}

export async function createBucket(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const body = await readJsonBody(request)
  const rawId = typeof body.id === 'string' ? body.id : body.name
  if (typeof rawId !== 'string') throw invalidRequest('A bucket needs a name')
  const id = validateNewBucketId(rawId)
  const settings = readSettings(body)
  const owner = ownerOf(requireCaller(request))
  await asCaller(request, context, (tx) =>
    tx.query(
      `insert into storage.buckets (id, name, owner_id, public, file_size_limit, allowed_mime_types) values ($1, $1, $2, coalesce($3, false), $4, $5)`,
      [id, owner, settings.public, settings.fileSizeLimit, settings.allowedMimeTypes],
    ),
  )
  return json(200, { name: id })
}

export async function updateBucket(
  request: ApiRequest,
  context: StackContext,
  id: string,
): Promise<ApiResponse> {
  const body = await readJsonBody(request)
  const settings = readSettings(body)
  const { affectedRows } = await asCaller(request, context, (tx) =>
    tx.query(
      `update storage.buckets set public = coalesce($2, public),
         file_size_limit = case when $5::boolean then $3 else file_size_limit end,
         allowed_mime_types = case when $6::boolean then $4 else allowed_mime_types end, updated_at = now()
       where id = $1`,
      [
        id,
        settings.public,
        settings.fileSizeLimit,
        settings.allowedMimeTypes,
        'file_size_limit' in body,
        'allowed_mime_types' in body,
      ],
    ),
  )
  if (affectedRows === 0) throw bucketNotFound()
  return json(200, { message: 'Successfully updated' })
}

export async function deleteBucket(
  request: ApiRequest,
  context: StackContext,
  id: string,
): Promise<ApiResponse> {
  const { affectedRows } = await asCaller(request, context, (tx) =>
    tx.query(`delete from storage.buckets where id = $1`, [id]),
  )
  if (affectedRows === 0) throw bucketNotFound()
  return json(200, { message: 'Successfully deleted' })
}
