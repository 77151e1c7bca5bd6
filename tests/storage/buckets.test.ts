import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { test } from 'node:test'
import { serviceClient, signedUpClient } from '../auth/support.ts'
import { PRIVATE_BUCKET } from './support.ts'

test('the service key creates, reads, updates, empties and deletes a bucket', async () => {
  const storage = serviceClient().storage
  const id = `bucket-${randomUUID().slice(0, 8)}`
  assert.deepEqual(
    (
      await storage.createBucket(id, {
        public: false,
        fileSizeLimit: '1MB',
        allowedMimeTypes: ['text/plain'],
      })
    ).data,
    { name: id },
  )
  assert.equal((await storage.createBucket(id)).error?.message, 'The resource already exists')
  const created = await storage.getBucket(id)
  assert.equal(created.data?.file_size_limit, 1024 * 1024)
  assert.deepEqual(created.data?.allowed_mime_types, ['text/plain'])
  assert.ok((await storage.listBuckets()).data?.some((bucket) => bucket.id === id))
  assert.equal((await storage.updateBucket(id, { public: true, fileSizeLimit: 10 })).error, null)
  assert.equal((await storage.getBucket(id)).data?.public, true)
  await storage.from(id).upload('a.txt', Buffer.from('0123'), { contentType: 'text/plain' })
  assert.ok((await storage.deleteBucket(id)).error, 'a bucket with objects cannot be deleted')
  assert.equal((await storage.emptyBucket(id)).error, null)
  assert.equal((await storage.deleteBucket(id)).error, null)
  assert.ok((await storage.getBucket(id)).error)
})

test('RLS on storage.buckets: a user sees buckets through the fixture policy but cannot create or delete one', async () => {
  const { client } = await signedUpClient('bucketeer')
  assert.ok((await client.storage.listBuckets()).data?.some((bucket) => bucket.id === PRIVATE_BUCKET))
  const made = await client.storage.createBucket(`sneaky-${randomUUID().slice(0, 8)}`)
  assert.equal((made.error as unknown as { statusCode: string }).statusCode, '403')
  assert.ok((await client.storage.deleteBucket(PRIVATE_BUCKET)).error)
  assert.ok((await serviceClient().storage.getBucket(PRIVATE_BUCKET)).data)
})

test('a forged token is refused, never downgraded to anon', async () => {
  const { client } = await signedUpClient('forger')
  const { data } = await client.auth.getSession()
  const [header, payload] = data.session!.access_token.split('.')
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>
  const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'service_role' })).toString('base64url')}.x`
  const response = await fetch(`${process.env.API_URL ?? 'http://127.0.0.1:54321'}/storage/v1/bucket`, {
    headers: { authorization: `Bearer ${forged}` },
  })
  assert.equal(response.status, 400)
})
