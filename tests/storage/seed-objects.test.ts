import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { cliConfig } from '../../supabase/local/cli-config.ts'
import { SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { seedObjects, type SeedObject } from '../../supabase/local/seed-objects.ts'
import { REPO_ROOT } from '../../scripts/lib/stack-process.ts'
import { startTestStack, type TestStack } from '../support/stack.ts'

// The seed's bytes on a fresh stack (the state after `npm run db:reset`), and `npm run seed:storage` against it.
const BUCKET = 'engagement-documents'
const serviceHeaders = { apikey: SERVICE_ROLE_KEY, authorization: `Bearer ${SERVICE_ROLE_KEY}` }
let stack: TestStack
let objects: SeedObject[]

before(async () => {
  stack = await startTestStack()
  objects = await seedObjects()
})
after(() => stack.stop())

async function serviceJson(path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${stack.url}${path}`, {
    ...init,
    headers: { ...serviceHeaders, 'content-type': 'application/json', ...init.headers },
  })
  assert.equal(response.status, 200, `${path}: ${response.status}`)
  return response.json()
}

interface SeededDocument {
  storage_path: string
  mime_type: string
  size_bytes: number
}

async function openThroughSignedLink(key: string): Promise<{ bytes: Buffer; contentType: string | null }> {
  const { signedURL } = (await serviceJson(`/storage/v1/object/sign/${BUCKET}/${key}`, {
    method: 'POST',
    body: JSON.stringify({ expiresIn: 60 }),
  })) as { signedURL: string }
  const response = await fetch(`${stack.url}/storage/v1${signedURL}`)
  assert.equal(response.status, 200, key)
  return {
    bytes: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type'),
  }
}

/** Each object's name and eTag, folder by folder (`<engagement_id>/<document_id>/`). */
async function listedObjects(): Promise<string[]> {
  const listed: string[] = []
  for (const object of objects) {
    const folder = object.key.slice(0, object.key.lastIndexOf('/'))
    const rows = (await serviceJson(`/storage/v1/object/list/${BUCKET}`, {
      method: 'POST',
      body: JSON.stringify({ prefix: folder, limit: 100 }),
    })) as { name: string; metadata: { eTag: string } | null }[]
    listed.push(...rows.map((row) => `${folder}/${row.name} ${row.metadata?.eTag ?? 'no metadata'}`))
  }
  return listed
}

async function seedStorage(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed-storage.ts', ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, SUPABASE_URL: stack.url, SUPABASE_SERVICE_ROLE_KEY: SERVICE_ROLE_KEY },
    },
  )
  return stdout
}

test('every seeded document opens through a signed link made with the service key, with its seed bytes', async () => {
  const documents = (await serviceJson(
    '/rest/v1/documents?select=storage_path,mime_type,size_bytes',
  )) as SeededDocument[]
  const byKey = new Map(objects.map((object) => [object.key, object]))
  assert.deepEqual(
    documents.map((document) => document.storage_path).toSorted(),
    [...byKey.keys()].toSorted(),
  )
  for (const document of documents) {
    const object = byKey.get(document.storage_path)!
    const expected = await readFile(object.file)
    const opened = await openThroughSignedLink(document.storage_path)
    assert.ok(opened.bytes.equals(expected), document.storage_path)
    assert.equal(opened.contentType, object.contentType)
    assert.equal(document.size_bytes, expected.length, document.storage_path)
    assert.equal(object.contentType.split(';')[0], document.mime_type, document.storage_path)
  }
})

test('the bucket has the settings config.toml gives it, the same as the migration', async () => {
  const settings = cliConfig().buckets.find((bucket) => bucket.id === BUCKET)
  assert.ok(settings)
  const bucket = (await serviceJson(`/storage/v1/bucket/${BUCKET}`)) as Record<string, unknown>
  assert.deepEqual(
    {
      public: bucket.public,
      file_size_limit: Number(bucket.file_size_limit),
      allowed_mime_types: bucket.allowed_mime_types,
    },
    {
      public: settings.public,
      file_size_limit: settings.fileSizeLimit,
      allowed_mime_types: settings.allowedMimeTypes,
    },
  )
})

test('a dry run of seed:storage finds the bucket and lists every file without uploading', async () => {
  const listedBefore = await listedObjects()
  const output = await seedStorage('--dry-run')
  for (const object of objects)
    assert.match(output, new RegExp(`would upload \\d+/\\d+ ${BUCKET}/${object.key} `))
  assert.match(output, new RegExp(`would upload ${objects.length} of ${objects.length} files`))
  assert.deepEqual(await listedObjects(), listedBefore)
})

test('seed:storage uploads every file with its type, and a second run leaves the same objects', async () => {
  const first = await seedStorage()
  assert.match(first, new RegExp(`^uploaded ${objects.length} of ${objects.length} files`, 'm'))
  const afterFirst = await listedObjects()
  assert.equal(afterFirst.length, objects.length)
  await seedStorage()
  assert.deepEqual(await listedObjects(), afterFirst)
  for (const object of objects) {
    const opened = await openThroughSignedLink(object.key)
    assert.ok(opened.bytes.equals(await readFile(object.file)), object.key)
    assert.equal(opened.contentType, object.contentType)
  }
})
