import assert from 'node:assert/strict'
import { test } from 'node:test'
import { serviceClient, signedUpClient } from '../auth/support.ts'
import { PRIVATE_BUCKET, PUBLIC_BUCKET, fileOnDisk, storageFetch, uniqueName } from './support.ts'

test('a user uploads into their own folder (raw body and multipart) and downloads the same bytes', async () => {
  const { client, userId } = await signedUpClient('upload')
  const rawPath = `${userId}/${uniqueName('raw')}`
  const raw = await client.storage
    .from(PRIVATE_BUCKET)
    .upload(rawPath, Buffer.from('xin chào'), { contentType: 'text/plain' })
  assert.equal(raw.error, null)
  assert.equal(raw.data?.fullPath, `${PRIVATE_BUCKET}/${rawPath}`)
  assert.match(raw.data!.id, /^[0-9a-f-]{36}$/)
  const blobPath = `${userId}/${uniqueName('blob')}`
  const blob = await client.storage
    .from(PRIVATE_BUCKET)
    .upload(blobPath, new Blob(['from a blob'], { type: 'text/plain' }), { cacheControl: '60' })
  assert.equal(blob.error, null)
  assert.equal(await (await client.storage.from(PRIVATE_BUCKET).download(rawPath)).data?.text(), 'xin chào')
  assert.equal(
    await (await client.storage.from(PRIVATE_BUCKET).download(blobPath)).data?.text(),
    'from a blob',
  )
  assert.notEqual(fileOnDisk(PRIVATE_BUCKET, rawPath), false)
  const info = await client.storage.from(PRIVATE_BUCKET).info(blobPath)
  assert.equal(info.error, null)
  assert.equal(info.data?.size, 11)
  assert.equal(info.data?.contentType, 'text/plain')
  assert.equal(info.data?.cacheControl, 'max-age=60')
  assert.equal((await client.storage.from(PRIVATE_BUCKET).exists(blobPath)).data, true)
  assert.equal((await client.storage.from(PRIVATE_BUCKET).exists(`${userId}/missing.txt`)).data, false)
})

test('uploading twice refuses a duplicate unless x-upsert; update replaces the bytes', async () => {
  const { client, userId } = await signedUpClient('upsert')
  const name = `${userId}/${uniqueName('twice')}`
  const bucket = client.storage.from(PRIVATE_BUCKET)
  await bucket.upload(name, Buffer.from('one'), { contentType: 'text/plain' })
  const duplicate = await bucket.upload(name, Buffer.from('two'), { contentType: 'text/plain' })
  assert.equal((duplicate.error as unknown as { statusCode: string }).statusCode, '409')
  assert.equal(await (await bucket.download(name)).data?.text(), 'one')
  assert.equal(
    (await bucket.upload(name, Buffer.from('three'), { contentType: 'text/plain', upsert: true })).error,
    null,
  )
  assert.equal(await (await bucket.download(name)).data?.text(), 'three')
  assert.equal((await bucket.update(name, Buffer.from('four'), { contentType: 'text/plain' })).error, null)
  assert.equal(await (await bucket.download(name)).data?.text(), 'four')
})

test("RLS refuses an upload into another user's folder, and nothing is left in the table or on disk", async () => {
  const owner = await signedUpClient('owner')
  const intruder = await signedUpClient('intruder')
  const name = `${owner.userId}/${uniqueName('planted')}`
  const { error } = await intruder.client.storage
    .from(PRIVATE_BUCKET)
    .upload(name, Buffer.from('evil'), { contentType: 'text/plain' })
  assert.equal((error as unknown as { statusCode: string }).statusCode, '403')
  assert.equal((await serviceClient().storage.from(PRIVATE_BUCKET).exists(name)).data, false)
  assert.notEqual(fileOnDisk(PRIVATE_BUCKET, name), true)
})

test("RLS hides another user's file from download, info, signing and listing; it stays in place", async () => {
  const owner = await signedUpClient('keeper')
  const other = await signedUpClient('peeker')
  const name = `${owner.userId}/${uniqueName('secret')}`
  await owner.client.storage
    .from(PRIVATE_BUCKET)
    .upload(name, Buffer.from('secret'), { contentType: 'text/plain' })
  const peek = other.client.storage.from(PRIVATE_BUCKET)
  assert.ok((await peek.download(name)).error)
  assert.ok((await peek.info(name)).error)
  assert.ok((await peek.createSignedUrl(name, 60)).error)
  assert.deepEqual((await peek.list(owner.userId)).data, [])
  assert.deepEqual((await peek.remove([name])).data, [])
  assert.equal(await (await owner.client.storage.from(PRIVATE_BUCKET).download(name)).data?.text(), 'secret')
  const anonymous = await storageFetch(`/object/${PRIVATE_BUCKET}/${name}`)
  assert.equal(anonymous.status, 400)
  assert.deepEqual(JSON.parse(anonymous.text), {
    statusCode: '404',
    code: 'NoSuchKey',
    error: 'not_found',
    message: 'Object not found',
  })
})

test("the bucket's size limit (413) and type allowlist (415) are enforced; nothing is stored", async () => {
  const { client, userId } = await signedUpClient('limits')
  const big = `${userId}/${uniqueName('big')}`
  const tooBig = await client.storage
    .from(PRIVATE_BUCKET)
    .upload(big, Buffer.alloc(65537, 1), { contentType: 'text/plain' })
  assert.equal((tooBig.error as unknown as { statusCode: string }).statusCode, '413')
  const script = `${userId}/${uniqueName('script')}`
  const wrongType = await client.storage
    .from(PRIVATE_BUCKET)
    .upload(script, Buffer.from('alert(1)'), { contentType: 'application/javascript' })
  assert.equal((wrongType.error as unknown as { statusCode: string }).statusCode, '415')
  assert.equal(
    (
      await client.storage
        .from(PRIVATE_BUCKET)
        .upload(`${userId}/photo.png`, Buffer.from('png'), { contentType: 'image/png', upsert: true })
    ).error,
    null,
  )
  for (const name of [big, script]) {
    assert.equal((await serviceClient().storage.from(PRIVATE_BUCKET).exists(name)).data, false)
    assert.notEqual(fileOnDisk(PRIVATE_BUCKET, name), true)
  }
})

test('dot and empty segments are keys like any other, held by RLS; malformed names are InvalidKey; never a 5xx', async () => {
  const { client } = await signedUpClient('traversal')
  const { data } = await client.auth.getSession()
  const token = data.session!.access_token
  const upload = (path: string) =>
    storageFetch(`/object/${PRIVATE_BUCKET}/${path}`, {
      method: 'POST',
      token,
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    })
  for (const path of ['..%2F..%2Fetc%2Fpasswd', 'a//b.txt']) {
    const response = await upload(path)
    assert.equal(response.status, 400, path)
    assert.equal(JSON.parse(response.text).statusCode, '403', response.text)
  }
  for (const [path, key] of [
    ['a%5Cb.txt', 'a\\b.txt'],
    ['a%00b.txt', 'a\u0000b.txt'],
  ] as const) {
    const response = await upload(path)
    assert.equal(response.status, 400, path)
    assert.deepEqual(JSON.parse(response.text), {
      statusCode: '400',
      code: 'InvalidKey',
      error: 'InvalidKey',
      message: `Invalid key: ${key}`,
    })
  }
})

test('a public bucket serves its files at the public URL without a token', async () => {
  const { client, userId } = await signedUpClient('public')
  const name = `${userId}/${uniqueName('flyer')}`
  await client.storage
    .from(PUBLIC_BUCKET)
    .upload(name, Buffer.from('open to all'), { contentType: 'text/plain' })
  const url = client.storage.from(PUBLIC_BUCKET).getPublicUrl(name).data.publicUrl
  const response = await fetch(url)
  assert.equal(response.status, 200)
  assert.equal(await response.text(), 'open to all')
  const notPublic = await storageFetch(`/object/public/${PRIVATE_BUCKET}/${name}`)
  assert.equal(notPublic.status, 400)
  assert.equal(JSON.parse(notPublic.text).statusCode, '404')
})
