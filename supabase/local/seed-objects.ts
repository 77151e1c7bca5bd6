import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { cliConfig, type BucketSettings } from './cli-config.ts'
import type { Engine } from './engine/types.ts'
import { objectFilePath } from './storage/object-path.ts'

/** One file under a bucket's `objects_path`, and the object it becomes. */
export interface SeedObject {
  bucket: string
  /** The file's path below objects_path, with `/`: how the CLI's UpsertObjects (pkg/storage/batch.go) names it. */
  key: string
  file: string
  contentType: string
}

// The types the CLI ends up sending for these files (http.DetectContentType, then the extension for text).
const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
}

// storage-api's isValidKey (src/storage/limits.ts): any other character, Vietnamese letters included, is InvalidKey.
const STORAGE_KEY = /^[A-Za-z0-9_/!.*'() &$=@;:+,?-]+$/

/** Every file of every bucket that has an `objects_path`, sorted by bucket and key. */
export async function seedObjects(buckets: BucketSettings[] = cliConfig().buckets): Promise<SeedObject[]> {
  const objects: SeedObject[] = []
  for (const bucket of buckets) {
    if (!bucket.objectsPath || !existsSync(bucket.objectsPath)) continue
    const entries = await readdir(bucket.objectsPath, { recursive: true, withFileTypes: true })
    for (const entry of entries.filter((candidate) => candidate.isFile())) {
      const file = path.join(entry.parentPath, entry.name)
      const key = path.relative(bucket.objectsPath, file).split(path.sep).join('/')
      if (!STORAGE_KEY.test(key))
        throw new Error(`${file}: storage-api refuses the object key "${key}" (InvalidKey)`)
      const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()]
      if (!contentType) throw new Error(`${file}: no content type for "${path.extname(file)}" files`)
      objects.push({ bucket: bucket.id, key, file, contentType })
    }
  }
  const order = (object: SeedObject) => `${object.bucket}/${object.key}`
  return objects.toSorted((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
}

/**
 * What `supabase start` does once the database is seeded (internal/seed/buckets): the config's
 * buckets get their settings (UpsertBuckets), then every seed file is uploaded with the service
 * key and `x-upsert: true` (UpsertObjects), so storage-api writes its row as upsertObject does:
 * no owner, a new version, metadata from the bytes.
 */
export async function uploadSeedObjects(
  engine: Engine,
  storageDir: string,
  buckets = cliConfig().buckets,
): Promise<void> {
  const objects = await seedObjects(buckets)
  await engine.transaction(async (tx) => {
    for (const bucket of buckets) {
      await tx.query(
        `insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values ($1, $1, $2, $3, $4)
         on conflict (id) do update set public = excluded.public, file_size_limit = excluded.file_size_limit,
           allowed_mime_types = coalesce(excluded.allowed_mime_types, storage.buckets.allowed_mime_types), updated_at = now()`,
        [
          bucket.id,
          bucket.public,
          bucket.fileSizeLimit,
          bucket.allowedMimeTypes.length > 0 ? bucket.allowedMimeTypes : null,
        ],
      )
    }
    for (const object of objects) {
      const bytes = await readFile(object.file)
      await tx.query(
        `insert into storage.objects (bucket_id, name, metadata, user_metadata, version)
         values ($1, $2, $3::jsonb, '{}'::jsonb, gen_random_uuid()::text)
         on conflict (bucket_id, name) do update set metadata = excluded.metadata, user_metadata = excluded.user_metadata,
           version = excluded.version, updated_at = now()`,
        [object.bucket, object.key, JSON.stringify(metadataOf(bytes, object.contentType))],
      )
    }
  })
  for (const object of objects) {
    const target = objectFilePath(storageDir, object.bucket, object.key)
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(object.file, target)
  }
}

/** storage-api's object metadata for bytes uploaded with the CLI's default Cache-Control. */
function metadataOf(bytes: Buffer, contentType: string) {
  return {
    eTag: `"${createHash('md5').update(bytes).digest('hex')}"`,
    size: bytes.length,
    mimetype: contentType,
    cacheControl: 'max-age=3600',
    lastModified: new Date().toUTCString(),
    contentLength: bytes.length,
    httpStatusCode: 200,
  }
}
