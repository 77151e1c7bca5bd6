import assert from 'node:assert/strict'
import { test } from 'node:test'
import { serviceClient, signedUpClient } from '../auth/support.ts'
import { PRIVATE_BUCKET, fileOnDisk, storageFetch, uniqueName } from './support.ts'

// storage-api answers every refusal with HTTP 400 and the refusal's own status in the body
// (src/http/error-handler.ts, userStatusCode), and refuses keys outside limits.ts isValidKey.
const invalidKey = (key: string) => ({
  statusCode: '400',
  code: 'InvalidKey',
  error: 'InvalidKey',
  message: `Invalid key: ${key}`,
})
const invalidBucketName = {
  statusCode: '400',
  code: 'InvalidBucketName',
  error: 'Invalid Input',
  message: 'Bucket name invalid',
}

async function caller(label: string) {
  const { client, userId } = await signedUpClient(label)
  const { data } = await client.auth.getSession()
  return { client, userId, token: data.session!.access_token }
}

test('a Vietnamese key is refused on upload as storage-api does, and nothing is stored', async () => {
  const { client, userId, token } = await caller('vietnamese')
  const key = `${userId}/Hợp đồng (bản 2).pdf`
  const raw = await storageFetch(
    `/object/${PRIVATE_BUCKET}/${key.split('/').map(encodeURIComponent).join('/')}`,
    {
      method: 'POST',
      token,
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    },
  )
  assert.equal(raw.status, 400)
  assert.deepEqual(JSON.parse(raw.text), invalidKey(key))
  const viaClient = await client.storage
    .from(PRIVATE_BUCKET)
    .upload(key, Buffer.from('x'), { contentType: 'text/plain' })
  assert.equal((viaClient.error as unknown as { statusCode: string }).statusCode, '400')
  assert.equal(viaClient.error?.message, `Invalid key: ${key}`)
  assert.deepEqual((await serviceClient().storage.from(PRIVATE_BUCKET).list(userId)).data, [])
  assert.notEqual(fileOnDisk(PRIVATE_BUCKET, key), true)
})

test("reads, signing, move and copy refuse a key outside storage-api's characters with its body", async () => {
  const { client, userId, token } = await caller('keys')
  const good = `${userId}/${uniqueName('good')}`
  assert.equal(
    (await client.storage.from(PRIVATE_BUCKET).upload(good, Buffer.from('ok'), { contentType: 'text/plain' }))
      .error,
    null,
  )
  const bad = `${userId}/tài liệu.txt`
  const encodedBad = bad.split('/').map(encodeURIComponent).join('/')
  for (const [method, path, body] of [
    ['GET', `/object/${PRIVATE_BUCKET}/${encodedBad}`, undefined],
    ['GET', `/object/info/${PRIVATE_BUCKET}/${encodedBad}`, undefined],
    ['POST', `/object/sign/${PRIVATE_BUCKET}/${encodedBad}`, { expiresIn: 60 }],
    ['POST', '/object/move', { bucketId: PRIVATE_BUCKET, sourceKey: good, destinationKey: bad }],
    ['POST', '/object/copy', { bucketId: PRIVATE_BUCKET, sourceKey: good, destinationKey: bad }],
  ] as const) {
    const response = await storageFetch(path, {
      method,
      token,
      ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    })
    assert.equal(response.status, 400, `${method} ${path}`)
    assert.deepEqual(JSON.parse(response.text), invalidKey(bad), `${method} ${path}`)
  }
  assert.equal(await (await client.storage.from(PRIVATE_BUCKET).download(good)).data?.text(), 'ok')
})

test("bucket names outside storage-api's characters are refused as InvalidBucketName", async () => {
  const { token } = await caller('bucket-names')
  const read = await storageFetch(`/object/${encodeURIComponent('tài-liệu')}/a.txt`, { token })
  assert.equal(read.status, 400)
  assert.deepEqual(JSON.parse(read.text), invalidBucketName)
  const created = await serviceClient().storage.createBucket(' padded')
  assert.equal((created.error as unknown as { statusCode: string }).statusCode, '400')
  assert.equal(created.error?.message, 'Bucket name invalid')
})

test('refusals keep their own status in the body and answer HTTP 400; a missing route keeps its 404', async () => {
  const { userId, token } = await caller('statuses')
  const missing = await storageFetch(`/object/${PRIVATE_BUCKET}/${userId}/missing.txt`, { token })
  assert.deepEqual(
    [missing.status, JSON.parse(missing.text)],
    [400, { statusCode: '404', code: 'NoSuchKey', error: 'not_found', message: 'Object not found' }],
  )
  const forged = await storageFetch(`/object/${PRIVATE_BUCKET}/${userId}/missing.txt`, { token: `${token}x` })
  assert.equal(forged.status, 400)
  assert.deepEqual(
    { ...JSON.parse(forged.text), message: '' },
    { statusCode: '403', code: 'AccessDenied', error: 'Unauthorized', message: '' },
  )
  const refused = await storageFetch(`/object/${PRIVATE_BUCKET}/someone-else/${uniqueName('x')}`, {
    method: 'POST',
    token,
    body: 'x',
    headers: { 'content-type': 'text/plain' },
  })
  assert.deepEqual(
    [refused.status, JSON.parse(refused.text).statusCode, JSON.parse(refused.text).code],
    [400, '403', 'AccessDenied'],
  )
  assert.equal((await storageFetch('/no-such-route', { token })).status, 404)
})

test("a signed link with download=<name> gives the person's name back as storage-api does", async () => {
  const { client, userId } = await caller('download-name')
  const key = `${userId}/Hop dong (ban 2).pdf`
  assert.equal(
    (
      await client.storage
        .from(PRIVATE_BUCKET)
        .upload(key, Buffer.from('%PDF'), { contentType: 'text/plain' })
    ).error,
    null,
  )
  const name = 'Hợp đồng (bản 2).pdf'
  // storage-js encodes a download name twice (supabase/supabase-js#2468), so the name is added to the link here
  const signed = await client.storage.from(PRIVATE_BUCKET).createSignedUrl(key, 60)
  assert.equal(signed.error, null)
  const link = new URL(signed.data!.signedUrl)
  link.searchParams.set('download', name)
  const served = await fetch(link)
  assert.equal(served.status, 200)
  const encoded = encodeURIComponent(name)
  assert.equal(
    served.headers.get('content-disposition'),
    `attachment; filename=${encoded}; filename*=UTF-8''${encoded}`,
  )
  link.searchParams.set('download', '')
  const plain = await fetch(link)
  assert.equal(plain.headers.get('content-disposition'), 'attachment;')
  await plain.arrayBuffer()
  await served.arrayBuffer()
})
