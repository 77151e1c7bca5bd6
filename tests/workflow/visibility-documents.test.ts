import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { serviceRole } from '../support/personas.ts'
import { VIEWER_NAMES, viewer } from './support/viewers.ts'
import { loadWorld, readAll, type Row, type World } from './support/world.ts'

// Confidential documents (P3): nobody reads the bytes straight from Storage; through document-link
// (logged) exactly who may see the row gets them. Every viewer tries every seeded document.
const BUCKET = 'engagement-documents'
let world: World
let documents: Row[]

before(async () => {
  world = await loadWorld()
  // Documents registered by other tests may have no bytes; the checks use those that do.
  const registered = (
    await readAll(serviceRole(), 'documents', 'id,engagement_id,visibility,storage_path,deleted_at')
  ).filter((row) => row.deleted_at == null)
  documents = []
  for (const document of registered) {
    const { data } = await serviceRole().storage.from(BUCKET).download(String(document.storage_path))
    if (data && data.size > 0) documents.push(document)
  }
})

const mayRead = (userId: string | null, document: Row): boolean => {
  const audience = world.audienceOf(userId)
  if (!world.seesEngagement(audience, String(document.engagement_id))) return false
  return audience.side !== 'client' || document.visibility !== 'internal'
}

test('the seed has every visibility of document, for both clients, with bytes in Storage', async () => {
  for (const visibility of ['confidential', 'shared', 'internal']) {
    const clients = new Set(
      documents
        .filter((row) => row.visibility === visibility)
        .map((row) => world.engagements.get(String(row.engagement_id))?.client_id),
    )
    assert.ok(clients.size >= 2, `${visibility} documents with bytes of ${clients.size} client(s)`)
  }
})

for (const name of VIEWER_NAMES) {
  describe(`document bytes as ${name}`, () => {
    test('download and signing straight from Storage: refused for every document, whatever this viewer may see', async () => {
      const who = await viewer(name)
      const received: string[] = []
      for (const document of documents) {
        const path = String(document.storage_path)
        const { data, error } = await who.client.storage.from(BUCKET).download(path)
        if (!error && data !== null && data.size > 0)
          received.push(`downloaded ${String(document.visibility)} ${path}`)
        const signed = await who.client.storage.from(BUCKET).createSignedUrl(path, 60)
        if (!signed.error) received.push(`signed ${String(document.visibility)} ${path}`)
      }
      assert.deepEqual(received, [])
    })

    test('document-link: a link for exactly the documents this viewer may see, and it serves the bytes', async () => {
      const who = await viewer(name)
      const wrong: string[] = []
      for (const document of documents) {
        const { data, error } = await who.client.functions.invoke('document-link', {
          body: { document_id: document.id },
        })
        const signed = !error && typeof data?.signedUrl === 'string'
        if (signed !== mayRead(who.userId, document))
          wrong.push(
            `${signed ? 'signed' : 'refused'} ${String(document.visibility)} ${String(document.storage_path)}`,
          )
        if (signed) assert.equal((await fetch(data.signedUrl)).status, 200)
      }
      assert.deepEqual(wrong, [])
    })

    test('log_document_access: allowed (and logged) for exactly the documents this viewer may see', async () => {
      const who = await viewer(name)
      const wrong: string[] = []
      for (const document of documents) {
        const { data, error } = await who.client.rpc('log_document_access', { document_id: document.id })
        const allowed = !error && data === document.storage_path
        if (allowed !== mayRead(who.userId, document))
          wrong.push(
            `${allowed ? 'allowed' : `refused (${error?.message})`} ${String(document.visibility)} ${String(document.id)}`,
          )
      }
      assert.deepEqual(wrong, [])
    })
  })
}

describe('a client never receives hidden rows, not even through an embed', () => {
  for (const name of ['an', 'binh', 'chi'] as const) {
    test(`as ${name}: engagements with documents, events and quotes embedded`, async () => {
      const who = await viewer(name)
      const { data, error } = await who.client
        .from('engagements')
        .select(
          '*,documents(*),engagement_events(*),quotes!quotes_engagement_id_fkey(*),accepted:quotes!engagements_accepted_quote_id_fkey(*)',
        )
      assert.equal(error, null, error?.message ?? '')
      const rows = (data ?? []) as unknown as Row[]
      assert.ok(rows.length > 0)
      const audience = world.audienceOf(who.userId)
      const leaks: string[] = []
      for (const engagement of rows) {
        if (!world.seesEngagement(audience, String(engagement.id)))
          leaks.push(`engagement ${String(engagement.id)}`)
        for (const document of engagement.documents as Row[])
          if (document.visibility === 'internal') leaks.push(`internal document ${String(document.id)}`)
        for (const event of engagement.engagement_events as Row[])
          if (event.visible_to_client !== true) leaks.push(`internal event ${String(event.id)}`)
        const accepted = engagement.accepted ? [engagement.accepted as Row] : []
        for (const quote of [...(engagement.quotes as Row[]), ...accepted])
          if (quote.status === 'draft') leaks.push(`draft quote ${String(quote.id)}`)
      }
      assert.deepEqual(leaks, [])
    })

    test(`as ${name}: documents and the access log embedding their engagement show nothing internal`, async () => {
      const who = await viewer(name)
      const documentsSeen = await who.client.from('documents').select('id,visibility,engagements(id)')
      const logSeen = await who.client
        .from('document_access_log')
        .select('id,visibility,documents(id,visibility)')
      assert.equal(documentsSeen.error, null)
      assert.equal(logSeen.error, null)
      const internal = [
        ...((documentsSeen.data ?? []) as unknown as Row[]),
        ...((logSeen.data ?? []) as unknown as Row[]),
      ].filter((row) => row.visibility === 'internal')
      assert.deepEqual(internal, [])
    })
  }

  test('the seed has the things a client must never see: a draft quote, an internal document, an internal event', async () => {
    const [quotes, events] = await Promise.all([
      readAll(serviceRole(), 'quotes', 'id,status'),
      readAll(serviceRole(), 'engagement_events', 'id,visible_to_client'),
    ])
    assert.ok(
      quotes.some((row) => row.status === 'draft'),
      'a draft quote',
    )
    assert.ok(
      documents.some((row) => row.visibility === 'internal'),
      'an internal document',
    )
    assert.ok(
      events.some((row) => row.visible_to_client === false),
      'an internal event',
    )
  })
})
