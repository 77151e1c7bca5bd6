import assert from 'node:assert/strict'
import { serviceRole } from '../support/personas.ts'
import { storageFetch } from './support.ts'

// Seeded documents, raw storage calls, and the service key's view of what a refused write could change.
export const DOCUMENTS = 'engagement-documents'
export const seedPath = (engagement: string, document: string, name: string) =>
  `e0000000-0000-4000-8000-000000000${engagement}/d${document}0000-0000-4000-8000-000000000${engagement}/${name}`
// Seeded documents (docs/database.md, seed layout): Sao Biển's 201 and Phương Đông's 107.
export const CHI_OWN_FILE = seedPath('201', '501', 'ho-so-phap-ly.txt')
export const PD_INTERNAL_NOTE = seedPath('107', '502', 'ghi-chu-noi-bo.txt')
export const BINH_OWN_FILE = seedPath('107', '511', 'uy-nhiem-chi-dat-coc.txt')
export const AM_SHARED_DELIVERABLE = seedPath('107', '503', 'bien-ban-ban-giao.pdf')
export const USER_GUIDE = seedPath('107', '504', 'huong-dan-su-dung.txt')

export interface StorageReply {
  status: number
  body: { statusCode?: string; code?: string; error?: string; message?: string }
}

export interface Transfer {
  bucketId: string
  sourceKey: string
  destinationKey: string
  destinationBucket?: string
}

export async function transfer(
  kind: 'move' | 'copy',
  token: string,
  body: Transfer,
  upsert = false,
): Promise<StorageReply> {
  const response = await storageFetch(`/object/${kind}`, {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json', ...(upsert ? { 'x-upsert': 'true' } : {}) },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: JSON.parse(response.text) as StorageReply['body'] }
}

/** Everything a refused move or copy could have changed, read with the service key. */
export async function snapshot(bucket: string, names: string[]): Promise<unknown[]> {
  const storage = serviceRole().storage.from(bucket)
  return Promise.all(
    names.map(async (name) => {
      const { data: blob } = await storage.download(name)
      const { data: row } = await storage.info(name)
      const { data: documents, error } = await serviceRole()
        .from('documents')
        .select('*')
        .eq('storage_path', name)
      assert.equal(error, null)
      return {
        name,
        bytes: blob ? Buffer.from(await blob.arrayBuffer()).toString('base64') : null,
        row,
        documents,
      }
    }),
  )
}

export function assertRefused(outcome: StorageReply, statusCode: string, error: string): void {
  assert.ok(
    outcome.status >= 400 && outcome.status < 500,
    `HTTP ${outcome.status}: ${JSON.stringify(outcome.body)}`,
  )
  assert.equal(outcome.body.statusCode, statusCode, JSON.stringify(outcome.body))
  assert.equal(outcome.body.error, error, JSON.stringify(outcome.body))
}

export const assertObjectNotFound = (outcome: StorageReply) => {
  assertRefused(outcome, '404', 'not_found')
  assert.equal(outcome.body.message, 'Object not found')
}

/** A raw upload: POST creates, `upsert` adds `x-upsert: true`, PUT replaces. */
export async function sendBytes(
  method: 'POST' | 'PUT',
  token: string,
  bucket: string,
  name: string,
  text: string,
  upsert = false,
): Promise<StorageReply> {
  const response = await storageFetch(`/object/${bucket}/${name}`, {
    method,
    token,
    headers: { 'content-type': 'text/plain', ...(upsert ? { 'x-upsert': 'true' } : {}) },
    body: text,
  })
  return { status: response.status, body: JSON.parse(response.text) as StorageReply['body'] }
}
