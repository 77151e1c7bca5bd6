import assert from 'node:assert/strict'
import { test } from 'node:test'
import { JWT_SECRET } from '../../supabase/local/config.ts'
import { signJwt } from '../../supabase/local/http/jwt.ts'
import { API_URL, serviceClient, signedUpClient } from '../auth/support.ts'
import { PRIVATE_BUCKET, fileOnDisk, storageFetch, uniqueName } from './support.ts'

test('a signed URL serves the bytes without auth while valid; expired or tampered tokens are refused', async () => {
  const { client, userId } = await signedUpClient('signer')
  const name = `${userId}/${uniqueName('report')}`
  await client.storage
    .from(PRIVATE_BUCKET)
    .upload(name, Buffer.from('báo cáo'), { contentType: 'text/plain' })
  const { data, error } = await client.storage.from(PRIVATE_BUCKET).createSignedUrl(name, 60)
  assert.equal(error, null)
  const response = await fetch(data!.signedUrl)
  assert.equal(response.status, 200)
  assert.equal(await response.text(), 'báo cáo')
  const token = new URL(data!.signedUrl).searchParams.get('token')!
  const [header, payload, signature] = token.split('.')
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>
  assert.equal(claims.url, `${PRIVATE_BUCKET}/${name}`)
  const otherName = `${userId}/${uniqueName('other')}`
  const retargeted = Buffer.from(
    JSON.stringify({ ...claims, url: `${PRIVATE_BUCKET}/${otherName}` }),
  ).toString('base64url')
  assert.equal(
    (await storageFetch(`/object/sign/${PRIVATE_BUCKET}/${name}?token=${header}.${retargeted}.${signature}`))
      .status,
    400,
  )
  const now = Math.floor(Date.now() / 1000)
  const expired = signJwt({ url: `${PRIVATE_BUCKET}/${name}`, iat: now - 120, exp: now - 60 }, JWT_SECRET)
  const refused = await storageFetch(`/object/sign/${PRIVATE_BUCKET}/${name}?token=${expired}`)
  assert.equal(refused.status, 400)
  assert.deepEqual(JSON.parse(refused.text), {
    statusCode: '400',
    code: 'InvalidJWT',
    error: 'InvalidJWT',
    message: '"exp" claim timestamp check failed',
  })
  assert.equal((await storageFetch(`/object/sign/${PRIVATE_BUCKET}/${otherName}?token=${token}`)).status, 400)
  assert.equal((await storageFetch(`/object/sign/${PRIVATE_BUCKET}/${name}`)).status, 400)
})

test('a signed URL stops working once it expires', async () => {
  const { client, userId } = await signedUpClient('expiry')
  const name = `${userId}/${uniqueName('short')}`
  await client.storage.from(PRIVATE_BUCKET).upload(name, Buffer.from('brief'), { contentType: 'text/plain' })
  const { data } = await client.storage.from(PRIVATE_BUCKET).createSignedUrl(name, 1)
  assert.equal((await fetch(data!.signedUrl)).status, 200)
  await new Promise((resolve) => setTimeout(resolve, 2100))
  assert.equal((await fetch(data!.signedUrl)).status, 400)
})

test('signing has no cap of its own: ten years is signed as asked, only an exp past a safe integer is refused', async () => {
  const { client, userId } = await signedUpClient('long-link')
  const name = `${userId}/${uniqueName('archive')}`
  await client.storage
    .from(PRIVATE_BUCKET)
    .upload(name, Buffer.from('lưu trữ'), { contentType: 'text/plain' })
  const { data, error } = await client.storage.from(PRIVATE_BUCKET).createSignedUrl(name, 315_360_000)
  assert.equal(error, null)
  const token = new URL(data!.signedUrl).searchParams.get('token')!
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
    iat: number
    exp: number
  }
  assert.equal(claims.exp - claims.iat, 315_360_000)
  const tooFar = await storageFetch(`/object/sign/${PRIVATE_BUCKET}/${name}`, {
    method: 'POST',
    token: (await client.auth.getSession()).data.session!.access_token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ expiresIn: Number.MAX_SAFE_INTEGER }),
  })
  assert.equal(tooFar.status, 400)
  assert.deepEqual(JSON.parse(tooFar.text), {
    statusCode: '400',
    code: 'InvalidParameter',
    error: 'InvalidParameter',
    message: 'Invalid Parameter expiresIn',
  })
})

test('signing many paths signs the visible ones and reports the others', async () => {
  const { client, userId } = await signedUpClient('batch')
  const mine = `${userId}/${uniqueName('mine')}`
  await client.storage.from(PRIVATE_BUCKET).upload(mine, Buffer.from('mine'), { contentType: 'text/plain' })
  const { data, error } = await client.storage
    .from(PRIVATE_BUCKET)
    .createSignedUrls([mine, 'someone/else.txt'], 60)
  assert.equal(error, null)
  assert.equal(data?.length, 2)
  const signedUrl = data![0]!.signedUrl ?? ''
  assert.ok(signedUrl.startsWith(`${API_URL}/storage/v1/object/sign/`))
  assert.equal(data![0]!.error, null)
  assert.ok(data![1]!.error)
  assert.equal(await (await fetch(signedUrl)).text(), 'mine')
})

test('listing a folder gives files with their metadata and sub-folders with id null, with sort, search, limit, offset', async () => {
  const { client, userId } = await signedUpClient('lister')
  const bucket = client.storage.from(PRIVATE_BUCKET)
  for (const name of ['b.txt', 'a.txt', 'c.txt', 'docs/x.txt', 'docs/y.txt', 'docs/deep/z.txt']) {
    await bucket.upload(`${userId}/${name}`, Buffer.from(name), { contentType: 'text/plain' })
  }
  const top = await bucket.list(userId, { sortBy: { column: 'name', order: 'asc' } })
  assert.equal(top.error, null)
  assert.deepEqual(
    top.data?.map((entry) => [entry.name, entry.id === null]),
    [
      ['a.txt', false],
      ['b.txt', false],
      ['c.txt', false],
      ['docs', true],
    ],
  )
  assert.equal(top.data?.[0]?.metadata?.size, 5)
  assert.equal(top.data?.[0]?.metadata?.mimetype, 'text/plain')
  const desc = await bucket.list(userId, { sortBy: { column: 'name', order: 'desc' }, limit: 2, offset: 1 })
  assert.deepEqual(
    desc.data?.map((entry) => entry.name),
    ['c.txt', 'b.txt'],
  )
  const docs = await bucket.list(`${userId}/docs`)
  assert.deepEqual(docs.data?.map((entry) => entry.name).toSorted(), ['deep', 'x.txt', 'y.txt'])
  const searched = await bucket.list(userId, { search: 'b' })
  assert.deepEqual(
    searched.data?.map((entry) => entry.name),
    ['b.txt'],
  )
})

test("remove deletes the caller's objects and their bytes and returns them", async () => {
  const { client, userId } = await signedUpClient('remover')
  const names = [`${userId}/${uniqueName('gone')}`, `${userId}/${uniqueName('gone')}`]
  for (const name of names)
    await client.storage.from(PRIVATE_BUCKET).upload(name, Buffer.from('bye'), { contentType: 'text/plain' })
  const { data, error } = await client.storage.from(PRIVATE_BUCKET).remove(names)
  assert.equal(error, null)
  assert.deepEqual(data?.map((row) => row.name).toSorted(), names.toSorted())
  for (const name of names) {
    assert.equal((await serviceClient().storage.from(PRIVATE_BUCKET).exists(name)).data, false)
    assert.notEqual(fileOnDisk(PRIVATE_BUCKET, name), true)
  }
})

test("move and copy work inside the caller's folder and are refused into someone else's", async () => {
  const { client, userId } = await signedUpClient('mover')
  const bucket = client.storage.from(PRIVATE_BUCKET)
  const source = `${userId}/${uniqueName('draft')}`
  await bucket.upload(source, Buffer.from('draft'), { contentType: 'text/plain' })
  const copy = `${userId}/${uniqueName('copy')}`
  assert.equal((await bucket.copy(source, copy)).error, null)
  const moved = `${userId}/final/${uniqueName('final')}`
  assert.equal((await bucket.move(source, moved)).error, null)
  assert.equal(await (await bucket.download(moved)).data?.text(), 'draft')
  assert.equal(await (await bucket.download(copy)).data?.text(), 'draft')
  assert.ok((await bucket.download(source)).error)
  assert.ok((await bucket.move(moved, `someone-else/${uniqueName('stolen')}`)).error)
  assert.equal(await (await bucket.download(moved)).data?.text(), 'draft')
})
