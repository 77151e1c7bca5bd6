import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { signedUpClient } from '../auth/support.ts'
import { persona, serviceRole } from '../support/personas.ts'
import {
  AM_SHARED_DELIVERABLE,
  DOCUMENTS,
  PD_INTERNAL_NOTE,
  USER_GUIDE,
  assertRefused,
  sendBytes,
  snapshot,
  transfer,
} from './rights.ts'
import { PRIVATE_BUCKET, storageFetch, uniqueName } from './support.ts'

// The other ways bytes could change: upload with and without upsert, PUT, remove, emptying the
// bucket. Each refusal leaves the rows and the bytes exactly as the service key saw them before.
describe('a client user cannot overwrite or remove a document through the other storage calls', () => {
  let chi: string
  let binh: string
  const watched = [PD_INTERNAL_NOTE, AM_SHARED_DELIVERABLE, USER_GUIDE]
  let seeded: unknown[]

  before(async () => {
    chi = (await persona('chi')).accessToken
    binh = (await persona('binh')).accessToken
    seeded = await snapshot(DOCUMENTS, watched)
  })

  test('Binh cannot upload over the shared deliverable: not as new, not with x-upsert, not with PUT', async () => {
    assertRefused(
      await sendBytes('POST', binh, DOCUMENTS, AM_SHARED_DELIVERABLE, 'thay thế'),
      '403',
      'Unauthorized',
    )
    assertRefused(
      await sendBytes('POST', binh, DOCUMENTS, AM_SHARED_DELIVERABLE, 'thay thế', true),
      '403',
      'Unauthorized',
    )
    assertRefused(
      await sendBytes('PUT', binh, DOCUMENTS, AM_SHARED_DELIVERABLE, 'thay thế'),
      '403',
      'Unauthorized',
    )
    assert.deepEqual(await snapshot(DOCUMENTS, watched), seeded)
  })

  test('Chi cannot replace the Phương Đông internal note with PUT', async () => {
    assertRefused(await sendBytes('PUT', chi, DOCUMENTS, PD_INTERNAL_NOTE, 'ghi đè'), '403', 'Unauthorized')
    assert.deepEqual(await snapshot(DOCUMENTS, watched), seeded)
  })

  test('Binh removes nothing of the user guide, and emptying the bucket removes nothing he may not delete', async () => {
    const { client } = await persona('binh')
    assert.deepEqual(
      (await client.storage.from(DOCUMENTS).remove([USER_GUIDE, AM_SHARED_DELIVERABLE])).data,
      [],
    )
    await storageFetch(`/bucket/${DOCUMENTS}/empty`, { method: 'POST', token: binh })
    const missing = await storageFetch('/bucket/no-such-bucket/empty', { method: 'POST', token: binh })
    assert.equal(JSON.parse(missing.text).statusCode, '404', missing.text)
    assert.equal(JSON.parse(missing.text).error, 'Bucket not found')
    assert.deepEqual(await snapshot(DOCUMENTS, watched), seeded)
  })
})

describe('writes the policies allow, and refusals that are not about rights', () => {
  test("PUT creates a missing object in the caller's folder and replaces it afterwards, as an upsert", async () => {
    const { client, userId } = await signedUpClient('putter')
    const token = (await client.auth.getSession()).data.session!.access_token
    const name = `${userId}/${uniqueName('put')}`
    assert.equal((await sendBytes('PUT', token, PRIVATE_BUCKET, name, 'một')).status, 200)
    assert.equal((await sendBytes('PUT', token, PRIVATE_BUCKET, name, 'hai')).status, 200)
    assert.equal(await (await client.storage.from(PRIVATE_BUCKET).download(name)).data?.text(), 'hai')
    const elsewhere = `someone-else/${uniqueName('put')}`
    assertRefused(await sendBytes('PUT', token, PRIVATE_BUCKET, elsewhere, 'ba'), '403', 'Unauthorized')
    assert.equal((await serviceRole().storage.from(PRIVATE_BUCKET).exists(elsewhere)).data, false)
  })

  test('a copy into a bucket that does not exist is refused and leaves nothing behind', async () => {
    const storage = serviceRole().storage.from(PRIVATE_BUCKET)
    const source = `service/${uniqueName('source')}`
    await storage.upload(source, Buffer.from('nguồn'), { contentType: 'text/plain' })
    const body = {
      bucketId: PRIVATE_BUCKET,
      sourceKey: source,
      destinationBucket: 'no-such-bucket',
      destinationKey: 'x.txt',
    }
    assertRefused(await transfer('copy', SERVICE_ROLE_KEY, body), '404', 'InvalidRequest')
    assertRefused(await transfer('move', SERVICE_ROLE_KEY, body), '404', 'InvalidRequest')
    assert.equal(await (await storage.download(source)).data?.text(), 'nguồn')
  })

  test("a bucket that still holds objects is not deleted (storage-api's ResourceNotEmpty)", async () => {
    const deleted = await storageFetch(`/bucket/${PRIVATE_BUCKET}`, {
      method: 'DELETE',
      token: SERVICE_ROLE_KEY,
    })
    assert.equal(JSON.parse(deleted.text).statusCode, '409', deleted.text)
    assert.equal(JSON.parse(deleted.text).error, 'ResourceNotEmpty')
    assert.ok((await serviceRole().storage.getBucket(PRIVATE_BUCKET)).data)
  })
})
