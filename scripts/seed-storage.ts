import { readFile, stat } from 'node:fs/promises'
import { cliConfig } from '../supabase/local/cli-config.ts'
import { seedObjects, type SeedObject } from '../supabase/local/seed-objects.ts'

/**
 * `npm run seed:storage [-- --dry-run]`: uploads the seed's document bytes (every file under a
 * config.toml bucket's objects_path) to the project at SUPABASE_URL with SUPABASE_SERVICE_ROLE_KEY,
 * each with an explicit content type and upsert, so running it again changes nothing. The dry run
 * lists what it would upload and checks that each bucket exists.
 */
const dryRun = process.argv.includes('--dry-run')
const url = process.env.SUPABASE_URL
const serviceKey = process.env.SUPABASE_SERVICE_ROLE_KEY
if (!url || !serviceKey) {
  console.error(
    "Set SUPABASE_URL (https://<ref>.supabase.co) and SUPABASE_SERVICE_ROLE_KEY (the project's service_role key).",
  )
  process.exit(2)
}
const storageUrl = `${url.replace(/\/$/, '')}/storage/v1`
const headers = { apikey: serviceKey, authorization: `Bearer ${serviceKey}` }

const objects = await seedObjects()
const bucketIds = [
  ...new Set(
    cliConfig()
      .buckets.filter((bucket) => bucket.objectsPath)
      .map((bucket) => bucket.id),
  ),
]
const absent = await missingBuckets(bucketIds)
if (absent.length > 0) {
  console.error(`No bucket ${absent.join(', ')} at ${url}: push the migrations first (supabase db push).`)
  process.exit(1)
}

let bytes = 0
let failed = 0
for (const [index, object] of objects.entries()) {
  const size = (await stat(object.file)).size
  bytes += size
  const line = `${index + 1}/${objects.length} ${object.bucket}/${object.key} (${object.contentType}, ${size} bytes)`
  if (dryRun) {
    console.log(`would upload ${line}`)
    continue
  }
  const error = await upload(object)
  if (error) failed++
  console.log(error ? `FAILED ${line}: ${error}` : `uploaded ${line}`)
}
const verb = dryRun ? 'would upload' : 'uploaded'
console.log(
  `${verb} ${objects.length - failed} of ${objects.length} files (${bytes} bytes) to ${bucketIds.join(', ')} at ${url}`,
)
process.exit(failed > 0 ? 1 : 0)

/** GET /bucket/<id> answers 200, or storage-api's 400 / 404 "Bucket not found"; anything else stops the run. */
async function missingBuckets(ids: string[]): Promise<string[]> {
  const missing: string[] = []
  for (const id of ids) {
    const response = await fetch(`${storageUrl}/bucket/${encodeURIComponent(id)}`, { headers })
    if (response.ok) continue
    const text = await response.text()
    if (!/not found/i.test(text)) {
      console.error(`Storage at ${url} answered ${response.status}: ${text}`)
      process.exit(1)
    }
    missing.push(id)
  }
  return missing
}

/** The same request the CLI's UploadObject sends (pkg/storage/objects.go), with the type given. */
async function upload(object: SeedObject): Promise<string | undefined> {
  const key = object.key.split('/').map(encodeURIComponent).join('/')
  const response = await fetch(`${storageUrl}/object/${encodeURIComponent(object.bucket)}/${key}`, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': object.contentType,
      'cache-control': 'max-age=3600',
      'x-upsert': 'true',
    },
    body: await readFile(object.file),
  })
  return response.ok ? undefined : `${response.status} ${await response.text()}`
}
