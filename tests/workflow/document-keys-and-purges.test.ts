import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ANON_KEY, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { API_URL, persona, serviceRole, type Persona } from '../support/personas.ts'

// Object keys storage-api accepts whatever the file's name, downloads under the person's name, and
// a deleted document's bytes removed with the service key once the database agreed, the purge recorded.
const BUCKET = 'engagement-documents'
const ENGAGEMENT = 'e0000000-0000-4000-8000-000000000101'

type Uploaded = { id: string; name: string; storage_path: string }

async function upload(who: Persona, name: string, text = `bytes of ${name}`): Promise<Uploaded> {
  const { data, error } = await who.client.rpc('register_document_upload', {
    engagement_id: ENGAGEMENT,
    name,
    visibility: 'confidential',
    mime_type: 'application/pdf',
    size_bytes: Buffer.byteLength(text),
  })
  assert.equal(error, null, JSON.stringify(error))
  const document = data as Uploaded
  const sent = await who.client.storage
    .from(BUCKET)
    .upload(document.storage_path, Buffer.from(text), { contentType: 'application/pdf' })
  assert.equal(sent.error, null, JSON.stringify(sent.error))
  return document
}

const callFunction = (name: string, token: string, body: unknown) =>
  fetch(`${API_URL}/functions/v1/${name}`, {
    method: 'POST',
    headers: { apikey: ANON_KEY, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const bytesStored = async (path: string) => (await serviceRole().storage.from(BUCKET).exists(path)).data

async function documentState(id: string) {
  const { data, error } = await serviceRole()
    .from('documents')
    .select('deleted_at,deleted_by,purged_at')
    .eq('id', id)
    .single()
  assert.equal(error, null)
  return data
}

async function logActions(id: string): Promise<{ action: string; actor_id: string | null }[]> {
  const { data, error } = await serviceRole()
    .from('document_access_log')
    .select('action,actor_id')
    .eq('document_id', id)
    .order('id')
  assert.equal(error, null)
  return data ?? []
}

test('a Vietnamese file name gets an ASCII object key, keeps its name, and downloads under it', async () => {
  const an = await persona('an')
  const name = 'Hợp đồng (bản 2).pdf'
  const document = await upload(an, name, '%PDF hợp đồng')
  assert.equal(document.name, name)
  assert.equal(document.storage_path, `${ENGAGEMENT}/${document.id}/Hop dong (ban 2).pdf`)
  const linked = await an.client.functions.invoke('document-link', { body: { document_id: document.id } })
  assert.equal(linked.error, null)
  const served = await fetch(linked.data.signedUrl)
  assert.equal(served.status, 200)
  assert.equal(await served.text(), '%PDF hợp đồng')
  const encoded = encodeURIComponent(name)
  assert.equal(
    served.headers.get('content-disposition'),
    `attachment; filename=${encoded}; filename*=UTF-8''${encoded}`,
  )
})

test('names storage-api would refuse become keys it accepts, extension kept', async () => {
  const lan = await persona('lan')
  const keys: Record<string, string> = {
    'ĐƠN ĐẶT HÀNG.PDF': 'DON DAT HANG.PDF',
    '合同.pdf': 'document.pdf',
    'Báo cáo “quý 3” #1 & 2?.docx': 'Bao cao _quy 3_ _1 _ 2.docx',
    [`${'Rất dài '.repeat(20)}.xlsx`]: `${'Rat dai '.repeat(12)}Rat.xlsx`,
  }
  for (const [name, key] of Object.entries(keys)) {
    const { data, error } = await lan.client.rpc('register_document_upload', {
      engagement_id: ENGAGEMENT,
      name,
      visibility: 'internal',
      mime_type: 'application/pdf',
      size_bytes: 1,
    })
    assert.equal(error, null, name)
    const document = data as Uploaded
    assert.equal(document.storage_path.split('/').pop(), key, name)
    assert.match(document.storage_path, /^[A-Za-z0-9_/!.*'() &$=@;:+,?-]+$/)
    assert.equal(document.name, name.trim())
    await lan.client.rpc('delete_document', { document_id: document.id })
  }
})

test('delete-document removes the bytes with the service key and records the deletion and the purge', async () => {
  const an = await persona('an')
  const document = await upload(an, 'Biên bản huỷ.pdf')
  assert.equal(await bytesStored(document.storage_path), true)
  const response = await callFunction('delete-document', an.accessToken, { document_id: document.id })
  assert.equal(response.status, 200)
  const body = (await response.json()) as { document_id: string; purged_at: string | null }
  assert.equal(body.document_id, document.id)
  assert.ok(body.purged_at)
  assert.equal(await bytesStored(document.storage_path), false)
  const state = await documentState(document.id)
  assert.equal(state.deleted_by, an.userId)
  assert.equal(new Date(String(state.purged_at)).getTime(), new Date(body.purged_at).getTime())
  assert.deepEqual(await logActions(document.id), [
    { action: 'upload', actor_id: an.userId },
    { action: 'delete', actor_id: an.userId },
    { action: 'purge', actor_id: null },
  ])
})

test("a client cannot delete another user's document through the function: refused, bytes and rows unchanged", async () => {
  const an = await persona('an')
  const binh = await persona('binh')
  const document = await upload(an, 'Của chị An.pdf')
  const before = await logActions(document.id)
  const response = await callFunction('delete-document', binh.accessToken, { document_id: document.id })
  assert.equal(response.status, 400)
  assert.equal(((await response.json()) as { message: string }).message, 'not_document_owner')
  assert.equal(await bytesStored(document.storage_path), true)
  assert.deepEqual(await documentState(document.id), { deleted_at: null, deleted_by: null, purged_at: null })
  assert.deepEqual(await logActions(document.id), before)
  const anonymous = await callFunction('delete-document', ANON_KEY, { document_id: document.id })
  assert.equal(anonymous.status, 401)
  await anonymous.arrayBuffer()
  assert.equal(await bytesStored(document.storage_path), true)
})

test('a deletion the function did not finish is purged by purge-documents, once; only the service key may run it', async () => {
  const an = await persona('an')
  const document = await upload(an, 'Dừng giữa chừng.pdf')
  // the database agreed but the bytes were never removed, as if the function stopped there
  assert.equal((await an.client.rpc('delete_document', { document_id: document.id })).error, null)
  assert.equal(await bytesStored(document.storage_path), true)

  const byUser = await callFunction('purge-documents', an.accessToken, {})
  assert.equal(byUser.status, 403)
  assert.equal(((await byUser.json()) as { code: string }).code, '42501')
  assert.equal(await bytesStored(document.storage_path), true)
  assert.equal((await documentState(document.id)).purged_at, null)

  const token = SERVICE_ROLE_KEY
  const swept = await callFunction('purge-documents', token, {})
  assert.equal(swept.status, 200)
  const body = (await swept.json()) as { purged: string[]; failed: unknown[] }
  assert.ok(body.purged.includes(document.id))
  assert.deepEqual(body.failed, [])
  assert.equal(await bytesStored(document.storage_path), false)
  const purgedAt = (await documentState(document.id)).purged_at
  assert.ok(purgedAt)

  const again = await callFunction('purge-documents', token, {})
  assert.equal(again.status, 200)
  assert.ok(!((await again.json()) as { purged: string[] }).purged.includes(document.id))
  assert.equal((await documentState(document.id)).purged_at, purgedAt)
  assert.deepEqual(
    (await logActions(document.id)).map((entry) => entry.action),
    ['upload', 'delete', 'purge'],
  )
})

test('a purge is recorded only for a deleted document, and only with the service key', async () => {
  const an = await persona('an')
  const document = await upload(an, 'Còn dùng.pdf')
  const byUser = await an.client.rpc('record_document_purge', { document_id: document.id })
  assert.equal(byUser.error?.code, '42501')
  const notDeleted = await serviceRole().rpc('record_document_purge', { document_id: document.id })
  assert.equal(notDeleted.error?.message, 'document_not_deleted')
  assert.deepEqual(await documentState(document.id), { deleted_at: null, deleted_by: null, purged_at: null })
  assert.equal(await bytesStored(document.storage_path), true)
})
