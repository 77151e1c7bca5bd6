import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { signedUpClient } from '../auth/support.ts'
import { persona, serviceRole } from '../support/personas.ts'
import {
  AM_SHARED_DELIVERABLE,
  BINH_OWN_FILE,
  CHI_OWN_FILE,
  DOCUMENTS,
  PD_INTERNAL_NOTE,
  USER_GUIDE,
  assertObjectNotFound,
  assertRefused,
  snapshot,
  transfer,
} from './rights.ts'
import { PRIVATE_BUCKET, uniqueName } from './support.ts'

// Move and copy decide like storage-api (src/storage/object.ts): the source row is updated as the
// caller and must come back, the destination must be free unless upsert is allowed, and no byte
// moves unless the database agreed. Every refusal is checked by comparing rows and bytes.
describe('a client user cannot move or copy over, or away, a document of the engagement', () => {
  let chi: string
  let binh: string
  const watched = [CHI_OWN_FILE, PD_INTERNAL_NOTE, BINH_OWN_FILE, AM_SHARED_DELIVERABLE, USER_GUIDE]
  let seeded: unknown[]

  before(async () => {
    chi = (await persona('chi')).accessToken
    binh = (await persona('binh')).accessToken
    seeded = await snapshot(DOCUMENTS, watched)
    for (const file of seeded as { name: string; bytes: string | null }[])
      assert.ok(file.bytes, `seed bytes of ${file.name}`)
  })

  test('Chi cannot move her own file onto a Phương Đông internal note', async () => {
    assert.equal(
      (await (await persona('chi')).client.storage.from(DOCUMENTS).download(CHI_OWN_FILE)).data,
      null,
      'even her own file is read only through document-link',
    )
    assertObjectNotFound(
      await transfer('move', chi, {
        bucketId: DOCUMENTS,
        sourceKey: CHI_OWN_FILE,
        destinationKey: PD_INTERNAL_NOTE,
      }),
    )
    assert.deepEqual(await snapshot(DOCUMENTS, watched), seeded)
  })

  test('Chi cannot copy her own file onto the internal note, with or without upsert', async () => {
    const body = { bucketId: DOCUMENTS, sourceKey: CHI_OWN_FILE, destinationKey: PD_INTERNAL_NOTE }
    // No user reads an engagement file directly, so the source of a copy is not found.
    assertObjectNotFound(await transfer('copy', chi, body))
    assertObjectNotFound(await transfer('copy', chi, body, true))
    assert.deepEqual(await snapshot(DOCUMENTS, watched), seeded)
  })

  test("Binh cannot move his own file onto the account manager's shared deliverable", async () => {
    assertObjectNotFound(
      await transfer('move', binh, {
        bucketId: DOCUMENTS,
        sourceKey: BINH_OWN_FILE,
        destinationKey: AM_SHARED_DELIVERABLE,
      }),
    )
    assert.deepEqual(await snapshot(DOCUMENTS, watched), seeded)
  })

  test('Binh cannot copy over the shared deliverable, even with upsert', async () => {
    const body = { bucketId: DOCUMENTS, sourceKey: BINH_OWN_FILE, destinationKey: AM_SHARED_DELIVERABLE }
    assertObjectNotFound(await transfer('copy', binh, body, true))
    assertObjectNotFound(await transfer('copy', binh, body))
    assert.deepEqual(await snapshot(DOCUMENTS, watched), seeded)
  })

  test('Binh cannot move the user guide away, and its documents row and bytes stay together', async () => {
    const away = USER_GUIDE.replace('huong-dan-su-dung.txt', 'huong-dan-moi.txt')
    assertObjectNotFound(
      await transfer('move', binh, { bucketId: DOCUMENTS, sourceKey: USER_GUIDE, destinationKey: away }),
    )
    assert.deepEqual(await snapshot(DOCUMENTS, [...watched, away]), [
      ...seeded,
      { name: away, bytes: null, row: null, documents: [] },
    ])
  })

  test('the same refused move asked again is refused the same way, never a 500', async () => {
    const body = { bucketId: DOCUMENTS, sourceKey: BINH_OWN_FILE, destinationKey: USER_GUIDE }
    assertObjectNotFound(await transfer('move', binh, body))
    assertObjectNotFound(await transfer('move', binh, body))
    assert.deepEqual(await snapshot(DOCUMENTS, watched), seeded)
  })

  test('a source the caller cannot see is not found, whatever the destination', async () => {
    const mine = `${CHI_OWN_FILE}.kopie`
    assertObjectNotFound(
      await transfer('move', chi, { bucketId: DOCUMENTS, sourceKey: PD_INTERNAL_NOTE, destinationKey: mine }),
    )
    assertObjectNotFound(
      await transfer('copy', chi, { bucketId: DOCUMENTS, sourceKey: PD_INTERNAL_NOTE, destinationKey: mine }),
    )
    assert.deepEqual(await snapshot(DOCUMENTS, [...watched, mine]), [
      ...seeded,
      { name: mine, bytes: null, row: null, documents: [] },
    ])
  })
})

describe('move and copy the policies allow', () => {
  test('the service key moves an object: same row, bytes at the new name; moving the old name again is not found', async () => {
    const storage = serviceRole().storage.from(PRIVATE_BUCKET)
    const source = `service/${uniqueName('before')}`
    const destination = `service/moved/${uniqueName('after')}`
    assert.equal(
      (await storage.upload(source, Buffer.from('chuyển đi'), { contentType: 'text/plain' })).error,
      null,
    )
    const { data: original } = await storage.info(source)
    const moved = await transfer('move', SERVICE_ROLE_KEY, {
      bucketId: PRIVATE_BUCKET,
      sourceKey: source,
      destinationKey: destination,
    })
    assert.equal(moved.status, 200, JSON.stringify(moved.body))
    assert.equal(moved.body.message, 'Successfully moved')
    assert.equal(await (await storage.download(destination)).data?.text(), 'chuyển đi')
    assert.equal((await storage.info(destination)).data?.id, original?.id)
    assert.equal((await storage.exists(source)).data, false)
    assertObjectNotFound(
      await transfer('move', SERVICE_ROLE_KEY, {
        bucketId: PRIVATE_BUCKET,
        sourceKey: source,
        destinationKey: `${destination}.again`,
      }),
    )
    assert.equal(await (await storage.download(destination)).data?.text(), 'chuyển đi')
  })

  test('a user moves and copies inside their own folder; an existing destination is a duplicate unless a copy upserts', async () => {
    const { client, userId } = await signedUpClient('transfer')
    const token = (await client.auth.getSession()).data.session!.access_token
    const bucket = client.storage.from(PRIVATE_BUCKET)
    const draft = `${userId}/${uniqueName('draft')}`
    const final = `${userId}/${uniqueName('final')}`
    await bucket.upload(draft, Buffer.from('bản nháp'), { contentType: 'text/plain' })
    await bucket.upload(final, Buffer.from('bản cuối'), { contentType: 'text/plain' })
    const both = [draft, final]
    const start = await snapshot(PRIVATE_BUCKET, both)

    assertRefused(
      await transfer('move', token, { bucketId: PRIVATE_BUCKET, sourceKey: draft, destinationKey: final }),
      '409',
      'Duplicate',
    )
    assertRefused(
      await transfer('copy', token, { bucketId: PRIVATE_BUCKET, sourceKey: draft, destinationKey: final }),
      '409',
      'Duplicate',
    )
    assert.deepEqual(await snapshot(PRIVATE_BUCKET, both), start)
    const elsewhere = `someone-else/${uniqueName('stolen')}`
    assertRefused(
      await transfer(
        'copy',
        token,
        { bucketId: PRIVATE_BUCKET, sourceKey: draft, destinationKey: elsewhere },
        true,
      ),
      '403',
      'Unauthorized',
    )
    assert.deepEqual(await snapshot(PRIVATE_BUCKET, [...both, elsewhere]), [
      ...start,
      { name: elsewhere, bytes: null, row: null, documents: [] },
    ])

    const copied = await transfer(
      'copy',
      token,
      { bucketId: PRIVATE_BUCKET, sourceKey: draft, destinationKey: final },
      true,
    )
    assert.equal(copied.status, 200, JSON.stringify(copied.body))
    assert.equal(await (await bucket.download(final)).data?.text(), 'bản nháp')
    assert.equal(
      (await transfer('move', token, { bucketId: PRIVATE_BUCKET, sourceKey: draft, destinationKey: draft }))
        .status,
      200,
    )
    assert.equal(await (await bucket.download(draft)).data?.text(), 'bản nháp')
    assertObjectNotFound(
      await transfer('move', token, {
        bucketId: PRIVATE_BUCKET,
        sourceKey: `${userId}/missing.txt`,
        destinationKey: `${userId}/x.txt`,
      }),
    )
  })
})
