import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { SupabaseClient } from '@supabase/supabase-js'
import { ANON_KEY, JWT_SECRET } from '../../supabase/local/config.ts'
import { signJwt } from '../../supabase/local/http/jwt.ts'
import {
  API_URL,
  persona,
  serviceRole,
  signUpFreshUser,
  type DemoName,
  type Persona,
} from '../support/personas.ts'
import { PHUONG_DONG } from './support/journey.ts'

// Confidential documents (P3): no way to the bytes but document-link, which logs every read and
// signs a link of at most 60 seconds; a member who leaves the client gets no more links.
const BUCKET = 'engagement-documents'
const CONFIDENTIAL = 'd5010000-0000-4000-8000-000000000101'
const INTERNAL = 'd5020000-0000-4000-8000-000000000102'

async function documentRow(id: string) {
  const { data, error } = await serviceRole()
    .from('documents')
    .select('id,name,storage_path,visibility')
    .eq('id', id)
    .single()
  assert.equal(error, null)
  return {
    id: String(data.id),
    name: String(data.name),
    path: String(data.storage_path),
    visibility: String(data.visibility),
  }
}

async function accessLog(documentId: string): Promise<{ id: number; actor_id: string; action: string }[]> {
  const { data, error } = await serviceRole()
    .from('document_access_log')
    .select('id,actor_id,action')
    .eq('document_id', documentId)
    .order('id')
  assert.equal(error, null)
  return data ?? []
}

const linkOf = (token: string | null, documentId: unknown) =>
  fetch(`${API_URL}/functions/v1/document-link`, {
    method: 'POST',
    headers: {
      apikey: ANON_KEY,
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ document_id: documentId }),
  })

const claimsOf = (signedUrl: string): Record<string, unknown> => {
  const token = new URL(signedUrl).searchParams.get('token') ?? ''
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
}

async function directReads(client: SupabaseClient, token: string, path: string): Promise<string[]> {
  const folder = path.split('/').slice(0, 2).join('/')
  const got: string[] = []
  const download = await client.storage.from(BUCKET).download(path)
  if (!download.error) got.push('download')
  const authenticated = await fetch(`${API_URL}/storage/v1/object/authenticated/${BUCKET}/${path}`, {
    headers: { authorization: `Bearer ${token}`, apikey: ANON_KEY },
  })
  if (authenticated.ok) got.push('authenticated GET')
  const tenYears = await client.storage.from(BUCKET).createSignedUrl(path, 315_360_000)
  if (!tenYears.error) got.push('ten-year signed link')
  const many = await client.storage.from(BUCKET).createSignedUrls([path], 315_360_000)
  if (many.data?.some((entry) => entry.signedUrl)) got.push('signed links in bulk')
  const listed = await client.storage.from(BUCKET).list(folder)
  if ((listed.data ?? []).length > 0) got.push('list')
  const info = await fetch(`${API_URL}/storage/v1/object/info/authenticated/${BUCKET}/${path}`, {
    headers: { authorization: `Bearer ${token}`, apikey: ANON_KEY },
  })
  if (info.ok) got.push('info')
  return got
}

for (const name of ['an', 'binh', 'lan', 'manager'] as DemoName[]) {
  test(`as ${name}: no direct read of a confidential document's bytes, and nothing logged`, async () => {
    const who = await persona(name)
    const document = await documentRow(CONFIDENTIAL)
    assert.equal(document.visibility, 'confidential')
    const before = await accessLog(document.id)
    assert.deepEqual(await directReads(who.client, who.accessToken, document.path), [])
    assert.deepEqual(await accessLog(document.id), before)
  })

  test(`as ${name}: document-link serves the bytes once, logs exactly one read, and signs for at most 60 seconds`, async () => {
    const who = await persona(name)
    const document = await documentRow(CONFIDENTIAL)
    const before = await accessLog(document.id)
    const { data, error } = await who.client.functions.invoke('document-link', {
      body: { document_id: document.id },
    })
    assert.equal(error, null)
    assert.equal(data.expiresIn, 60)
    const after = await accessLog(document.id)
    assert.equal(after.length, before.length + 1)
    assert.deepEqual({ ...after.at(-1), id: 0 }, { id: 0, actor_id: who.userId, action: 'signed_link' })
    const claims = claimsOf(data.signedUrl)
    assert.equal(claims.url, `${BUCKET}/${document.path}`)
    assert.ok(
      Number(claims.exp) - Number(claims.iat) <= 60,
      `valid for ${Number(claims.exp) - Number(claims.iat)} s`,
    )
    assert.equal(new URL(data.signedUrl).searchParams.get('download'), document.name)
    const served = await fetch(data.signedUrl)
    assert.equal(served.status, 200)
    const stored = await serviceRole().storage.from(BUCKET).download(document.path)
    assert.equal(await served.text(), await stored.data?.text())
    assert.match(served.headers.get('content-disposition') ?? '', /^attachment/)
  })
}

test('a link past its exp is refused as storage-api refuses it', async () => {
  const document = await documentRow(CONFIDENTIAL)
  const now = Math.floor(Date.now() / 1000)
  const expired = signJwt({ url: `${BUCKET}/${document.path}`, iat: now - 61, exp: now - 1 }, JWT_SECRET)
  const response = await fetch(
    `${API_URL}/storage/v1/object/sign/${BUCKET}/${document.path}?token=${expired}`,
  )
  assert.equal(response.status, 400)
  assert.deepEqual(await response.json(), {
    statusCode: '400',
    code: 'InvalidJWT',
    error: 'InvalidJWT',
    message: '"exp" claim timestamp check failed',
  })
})

test('refusals come back with the database code and a 4xx status, and log nothing', async () => {
  const binh = await persona('binh')
  const before = await accessLog(INTERNAL)
  const internal = await linkOf(binh.accessToken, INTERNAL)
  assert.equal(internal.status, 400)
  assert.deepEqual(await internal.json(), {
    code: 'P0001',
    message: 'document_not_found',
    details: '{"waiting_on": "none"}',
    hint: 'This document does not exist or is not visible to you.',
  })
  const { error } = await binh.client.functions.invoke('document-link', { body: { document_id: INTERNAL } })
  assert.equal(error?.context instanceof Response ? error.context.status : null, 400)
  const anon = await linkOf(ANON_KEY, CONFIDENTIAL)
  assert.equal(anon.status, 401)
  assert.equal((await anon.json()).code, '42501')
  const malformed = await linkOf(binh.accessToken, 'not-a-uuid')
  assert.equal(malformed.status, 400)
  assert.equal((await malformed.json()).code, '22P02')
  const missing = await linkOf(binh.accessToken, undefined)
  assert.equal(missing.status, 400)
  assert.equal((await missing.json()).message, 'invalid_request')
  assert.deepEqual(await accessLog(INTERNAL), before)
})

test('a member removed from the client gets no more links', async () => {
  const an = await persona('an')
  const member: Persona = await signUpFreshUser('leaving-member')
  const added = await an.client.from('client_members').insert({
    client_id: PHUONG_DONG,
    user_id: member.userId,
    role: 'member',
    full_name: 'Sắp Rời',
    email: member.email,
  })
  assert.equal(added.error, null)
  assert.equal((await linkOf(member.accessToken, CONFIDENTIAL)).status, 200)
  const removed = await an.client
    .from('client_members')
    .delete()
    .eq('client_id', PHUONG_DONG)
    .eq('user_id', member.userId)
    .select()
  assert.equal(removed.data?.length, 1)
  const before = await accessLog(CONFIDENTIAL)
  const refused = await linkOf(member.accessToken, CONFIDENTIAL)
  assert.equal(refused.status, 400)
  assert.equal((await refused.json()).message, 'document_not_found')
  assert.deepEqual(await accessLog(CONFIDENTIAL), before)
})
