import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { restClient, restFetch, uniqueName } from '../support/rest-client.ts'

describe('writes: insert, upsert, update, delete', () => {
  const db = restClient('an')

  it('inserts one row minimally: 201, no body', async () => {
    const name = uniqueName('minimal')
    const response = await restFetch('/scratch', {
      method: 'POST',
      caller: 'an',
      body: JSON.stringify({ name, value: 1 }),
    })
    assert.equal(response.status, 201)
    assert.equal(response.headers.get('content-range'), '*/*')
    assert.equal(await response.text(), '')
    const { data } = await db.from('scratch').select('name,value,note').eq('name', name)
    assert.deepEqual(data, [{ name, value: 1, note: 'fresh' }])
  })

  it('inserts many rows with columns and returns the representation', async () => {
    const [a, b] = [uniqueName('many'), uniqueName('many')]
    const { data, status, error } = await db
      .from('scratch')
      .insert([{ name: a }, { name: b, value: 2 }])
      .select('name,value,note')
    assert.equal(error, null)
    assert.equal(status, 201)
    assert.deepEqual(data, [
      { name: a, value: null, note: 'fresh' },
      { name: b, value: 2, note: 'fresh' },
    ])
  })

  it('uses column defaults for missing keys with missing=default', async () => {
    const [a, b] = [uniqueName('defaults'), uniqueName('defaults')]
    const { data } = await db
      .from('scratch')
      .insert([{ name: a, note: 'set' }, { name: b }], { defaultToNull: false })
      .select('name,note')
    assert.deepEqual(data, [
      { name: a, note: 'set' },
      { name: b, note: 'fresh' },
    ])
  })

  it('inserts one row and returns it as an object with .single()', async () => {
    const name = uniqueName('single')
    const { data, status } = await db.from('scratch').insert({ name, value: 5 }).select('name,value').single()
    assert.equal(status, 201)
    assert.deepEqual(data, { name, value: 5 })
  })

  it('sends the Location of a new row with return=headers-only', async () => {
    const response = await restFetch('/scratch', {
      method: 'POST',
      caller: 'an',
      headers: { prefer: 'return=headers-only' },
      body: JSON.stringify({ name: uniqueName('location') }),
    })
    assert.equal(response.status, 201)
    assert.match(response.headers.get('location') ?? '', /^\/scratch\?id=eq\.\d+$/)
  })

  it('upserts: merge-duplicates updates, ignore-duplicates keeps', async () => {
    const name = uniqueName('upsert')
    const created = await db
      .from('scratch')
      .upsert({ name, value: 1 }, { onConflict: 'name' })
      .select('name,value')
    assert.equal(created.status, 201)
    const merged = await db
      .from('scratch')
      .upsert({ name, value: 2 }, { onConflict: 'name' })
      .select('name,value')
    assert.equal(merged.status, 200)
    assert.deepEqual(merged.data, [{ name, value: 2 }])
    const ignored = await db
      .from('scratch')
      .upsert({ name, value: 3 }, { onConflict: 'name', ignoreDuplicates: true })
      .select('name,value')
    assert.deepEqual(ignored.data, [])
    const { data } = await db.from('scratch').select('value').eq('name', name).single()
    assert.deepEqual(data, { value: 2 })
  })

  it('updates matching rows: 204 minimal, representation with select', async () => {
    const name = uniqueName('update')
    await db.from('scratch').insert({ name, value: 1 })
    const minimal = await restFetch(`/scratch?name=eq.${name}`, {
      method: 'PATCH',
      caller: 'an',
      body: JSON.stringify({ value: 7 }),
    })
    assert.equal(minimal.status, 204)
    assert.equal(minimal.headers.get('content-range'), '0-0/*')
    const { data, status } = await db
      .from('scratch')
      .update({ note: 'edited' })
      .eq('name', name)
      .select('value,note')
    assert.equal(status, 200)
    assert.deepEqual(data, [{ value: 7, note: 'edited' }])
    const none = await db.from('scratch').update({ note: 'x' }).eq('name', uniqueName('absent')).select()
    assert.deepEqual(none.data, [])
  })

  it('deletes matching rows and returns them', async () => {
    const name = uniqueName('delete')
    await db.from('scratch').insert({ name, value: 3 })
    const { data, status } = await db.from('scratch').delete().eq('name', name).select('name,value')
    assert.equal(status, 200)
    assert.deepEqual(data, [{ name, value: 3 }])
    const minimal = await restFetch(`/scratch?name=eq.${name}`, { method: 'DELETE', caller: 'an' })
    assert.equal(minimal.status, 204)
  })

  it('refuses a duplicate with 409 23505 and a write failing WITH CHECK with 403 42501', async () => {
    const name = uniqueName('conflict')
    await db.from('scratch').insert({ name })
    const duplicate = await db.from('scratch').insert({ name })
    assert.equal(duplicate.status, 409)
    assert.equal(duplicate.error?.code, '23505')
    const refused = await db.from('scratch').insert({ name: uniqueName('negative'), value: -1 })
    assert.equal(refused.status, 403)
    assert.equal(refused.error?.code, '42501')
  })

  it('refuses anon writes with 401 42501 and changes nothing', async () => {
    const name = uniqueName('anon')
    const response = await restFetch('/scratch', { method: 'POST', body: JSON.stringify({ name }) })
    assert.equal(response.status, 401)
    assert.equal(((await response.json()) as { code: string }).code, '42501')
    const { data } = await db.from('scratch').select('id').eq('name', name)
    assert.deepEqual(data, [])
  })

  it("lets RLS hide other owners' rows from updates and reads", async () => {
    const mine = await db.from('notes').select('body')
    assert.deepEqual(mine.data, [{ body: 'an private' }])
    const { data } = await db.from('notes').update({ body: 'taken' }).eq('body', 'binh private').select()
    assert.deepEqual(data, [])
    const forged = await db
      .from('notes')
      .insert({ body: 'forged', owner_id: '00000000-0000-4000-8000-00000000000b' })
    assert.equal(forged.status, 403)
    const binh = await restClient('binh').from('notes').select('body')
    assert.deepEqual(binh.data, [{ body: 'binh private' }])
  })

  it('refuses unknown columns with PGRST204 and broken JSON with PGRST102', async () => {
    const unknown = await db.from('scratch').insert({ nope: 1 } as never)
    assert.equal(unknown.status, 400)
    assert.equal(unknown.error?.code, 'PGRST204')
    const broken = await restFetch('/scratch', { method: 'POST', caller: 'an', body: '{"name":' })
    assert.equal(broken.status, 400)
    assert.equal(((await broken.json()) as { code: string }).code, 'PGRST102')
  })
})
