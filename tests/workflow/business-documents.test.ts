import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import { pdfText } from '../support/pdf-text.ts'
import { persona, serviceRole, signUpFreshUser } from '../support/personas.ts'

// The acceptance minutes and the accepted quote are made by the Edge Function business-document
// from the database's records, stored once as shared documents and sealed with their SHA-256:
// the bytes always match the recorded hash, and nobody (the client least of all) can swap them.
const BUCKET = 'engagement-documents'
/** Seeded: Phương Đông's engagement in warranty, accepted by An, with no minutes yet. */
const ACCEPTED = 'd7020000-0000-4000-8000-000000000107'
const ENGAGEMENT_ACCEPTED = 'e0000000-0000-4000-8000-000000000107'
const REJECTED = 'd7010000-0000-4000-8000-000000000107'
/** Seeded: Sao Biển's accepted delivery, which Phương Đông's people must not see. */
const OTHER_CLIENTS_ACCEPTANCE = 'd7020000-0000-4000-8000-000000000207'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

async function makeDocument(client: Awaited<ReturnType<typeof persona>>['client'], kind: string, id: string) {
  const { data, error, response } = await client.functions.invoke('business-document', { body: { kind, id } })
  return { data: data as Blob | null, error, status: response?.status, headers: response?.headers }
}

async function minutesRow() {
  const { data, error } = await serviceRole()
    .from('acceptances')
    .select(
      'minutes_document_id, minutes_sha256, documents!acceptances_minutes_document_id_fkey(storage_path, visibility, name, deleted_at)',
    )
    .eq('id', ACCEPTED)
    .single()
  assert.equal(error, null)
  const document = data!.documents as unknown as {
    storage_path: string
    visibility: string
    name: string
    deleted_at: string | null
  }
  return { documentId: String(data!.minutes_document_id), sha256: String(data!.minutes_sha256), ...document }
}

async function storedBytes(path: string) {
  const { data, error } = await serviceRole().storage.from(BUCKET).download(path)
  assert.equal(error, null)
  return new Uint8Array(await data!.arrayBuffer())
}

test('the approver gets the minutes: a shared PDF document whose stored bytes match the recorded SHA-256', async () => {
  const an = await persona('an')
  const made = await makeDocument(an.client, 'acceptance_minutes', ACCEPTED)
  assert.equal(made.error, null)
  assert.equal(made.headers?.get('content-type'), 'application/pdf')
  const bytes = new Uint8Array(await made.data!.arrayBuffer())
  assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-')
  const row = await minutesRow()
  assert.equal(row.visibility, 'shared')
  assert.match(row.name, /^Biên bản nghiệm thu NT-TS-2026-\d{4}-\d+\.pdf$/)
  assert.equal(made.headers?.get('x-document-id'), row.documentId)
  assert.equal(made.headers?.get('x-document-sha256'), row.sha256)
  assert.equal(sha256(bytes), row.sha256)
  assert.equal(sha256(await storedBytes(row.storage_path)), row.sha256)
})

test('the minutes list the handover items (P5) and the licence register (P7) of the engagement', async () => {
  const an = await persona('an')
  const made = await makeDocument(an.client, 'acceptance_minutes', ACCEPTED)
  assert.equal(made.error, null)
  const text = await pdfText(new Uint8Array(await made.data!.arrayBuffer()))
  const [handover, licence] = await Promise.all([
    serviceRole().from('handover_items').select('title').eq('engagement_id', ENGAGEMENT_ACCEPTED),
    serviceRole().from('licence_assets').select('name, licence').eq('engagement_id', ENGAGEMENT_ACCEPTED),
  ])
  assert.ok((handover.data ?? []).length > 0 && (licence.data ?? []).length > 0, 'seeded')
  assert.match(text, /Bàn giao và đào tạo/)
  for (const item of handover.data!) assert.ok(text.includes(item.title), item.title)
  assert.match(text, /Danh mục bản quyền bên thứ ba/)
  for (const asset of licence.data!) {
    assert.ok(text.includes(asset.name), asset.name)
    assert.ok(text.includes(asset.licence), asset.licence)
  }
})

test('asking again, as the client or the account manager, returns the same sealed bytes, never a new version', async () => {
  const first = await minutesRow()
  for (const name of ['an', 'binh', 'lan'] as const) {
    const made = await makeDocument((await persona(name)).client, 'acceptance_minutes', ACCEPTED)
    assert.equal(made.error, null, name)
    assert.equal(sha256(new Uint8Array(await made.data!.arrayBuffer())), first.sha256, name)
  }
  assert.deepEqual(await minutesRow(), first)
})

test('the client cannot replace, re-record or delete the minutes, nor overwrite their bytes', async () => {
  const an = await persona('an')
  const before = await minutesRow()

  const update = await an.client
    .from('acceptances')
    .update({ minutes_sha256: '0'.repeat(64) })
    .eq('id', ACCEPTED)
    .select()
  assert.ok(update.error || (update.data ?? []).length === 0, 'no row changes')

  const recorded = await an.client.rpc('record_business_document', {
    kind: 'acceptance_minutes',
    subject_id: ACCEPTED,
    document_id: crypto.randomUUID(),
    name: 'Biên bản giả.pdf',
    object_key: 'Bien ban gia.pdf',
    size_bytes: 3,
    sha256: '0'.repeat(64),
  })
  assert.ok(recorded.error, 'only the service key records a business document')

  const deleted = await an.client.functions.invoke('delete-document', {
    body: { document_id: before.documentId },
  })
  assert.ok(deleted.error, 'a sealed document is not deleted')

  const overwrite = await an.client.storage
    .from(BUCKET)
    .upload(before.storage_path, new TextEncoder().encode('forged'), {
      contentType: 'application/pdf',
      upsert: true,
    })
  assert.ok(overwrite.error, 'the bytes cannot be overwritten')

  const after = await minutesRow()
  assert.deepEqual(after, before)
  assert.equal(after.deleted_at, null)
  assert.equal(sha256(await storedBytes(after.storage_path)), before.sha256)
})

test('even the service key cannot swap the sealed hash or delete the sealed document', async () => {
  const before = await minutesRow()
  const swapped = await serviceRole()
    .from('acceptances')
    .update({ minutes_sha256: 'f'.repeat(64) })
    .eq('id', ACCEPTED)
  assert.equal(swapped.error?.message, 'document_sealed')
  const deleted = await serviceRole()
    .from('documents')
    .update({ deleted_at: new Date().toISOString() })
    .eq('id', before.documentId)
  assert.equal(deleted.error?.message, 'document_sealed')
  assert.deepEqual(await minutesRow(), before)
})

test('no minutes for a rejection, and none for an acceptance the caller cannot see', async () => {
  const an = await persona('an')
  const rejected = await makeDocument(an.client, 'acceptance_minutes', REJECTED)
  assert.equal(rejected.status, 409)
  const hidden = await makeDocument(an.client, 'acceptance_minutes', OTHER_CLIENTS_ACCEPTANCE)
  assert.equal(hidden.status, 404)
  const stranger = await signUpFreshUser('documents')
  const refused = await makeDocument(stranger.client, 'acceptance_minutes', ACCEPTED)
  assert.equal(refused.status, 404)
  const { data } = await serviceRole()
    .from('acceptances')
    .select('minutes_document_id')
    .eq('id', OTHER_CLIENTS_ACCEPTANCE)
    .single()
  assert.equal(data?.minutes_document_id, null)
})

test('a payment carries a transfer reference banks keep: the engagement code and its number', async () => {
  const engagementId = 'e0000000-0000-4000-8000-000000000209'
  const engagement = await serviceRole().from('engagements').select('code').eq('id', engagementId).single()
  const payments = await serviceRole()
    .from('payments')
    .select('transfer_reference')
    .eq('engagement_id', engagementId)
    .order('created_at')
    .order('id')
  const code = String(engagement.data?.code).replaceAll('-', '')
  assert.deepEqual(
    (payments.data ?? []).map((row) => row.transfer_reference),
    [`${code} P1`, `${code} P2`],
  )
})

test('an accepted quote is stored once as a shared PDF, sealed with its hash; a sent one is only downloaded', async () => {
  const an = await persona('an')
  const accepted = 'd1010000-0000-4000-8000-000000000103'
  const first = await makeDocument(an.client, 'quote', accepted)
  assert.equal(first.error, null)
  const bytes = new Uint8Array(await first.data!.arrayBuffer())
  const { data: quote } = await serviceRole()
    .from('quotes')
    .select(
      'accepted_document_id, accepted_document_sha256, documents!quotes_accepted_document_id_fkey(storage_path, visibility)',
    )
    .eq('id', accepted)
    .single()
  const stored = quote!.documents as unknown as { storage_path: string; visibility: string }
  assert.equal(stored.visibility, 'shared')
  assert.equal(quote!.accepted_document_sha256, sha256(bytes))
  assert.equal(sha256(await storedBytes(stored.storage_path)), sha256(bytes))
  const again = await makeDocument((await persona('lan')).client, 'quote', accepted)
  assert.equal(sha256(new Uint8Array(await again.data!.arrayBuffer())), sha256(bytes))
  const forged = await an.client
    .from('quotes')
    .update({ accepted_document_sha256: '0'.repeat(64) })
    .eq('id', accepted)
    .select()
  assert.ok(forged.error || (forged.data ?? []).length === 0)

  const sent = 'd1010000-0000-4000-8000-000000000102'
  const draft = await makeDocument(an.client, 'quote', sent)
  assert.equal(draft.error, null)
  assert.equal(draft.headers?.get('x-document-id'), null)
  const { data: sentRow } = await serviceRole()
    .from('quotes')
    .select('accepted_document_id')
    .eq('id', sent)
    .single()
  assert.equal(sentRow?.accepted_document_id, null)
})
