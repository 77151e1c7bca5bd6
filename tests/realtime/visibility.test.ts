import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { SupabaseClient } from '@supabase/supabase-js'
import {
  accessTokenFor,
  CAM,
  DAO,
  deleteNote,
  insertNote,
  newRecord,
  oldRecord,
  realtimeClient,
  uniqueTitle,
  updateNote,
  watchNotes,
  type NoteWatcher,
} from './support/realtime-client.ts'

let camClient: SupabaseClient
let daoClient: SupabaseClient
let cam: NoteWatcher
let dao: NoteWatcher

before(async () => {
  camClient = realtimeClient()
  daoClient = realtimeClient()
  cam = await watchNotes(camClient, [{ event: '*' }], accessTokenFor(CAM))
  dao = await watchNotes(daoClient, [{ event: '*' }], accessTokenFor(DAO))
})

after(async () => {
  await camClient.removeAllChannels()
  await daoClient.removeAllChannels()
  camClient.realtime.disconnect()
  daoClient.realtime.disconnect()
})

/** A change the subscriber may see, written after the ones under test: once it arrives, earlier ones were handled. */
async function fence(watcher: NoteWatcher, ownerId: string): Promise<void> {
  const title = uniqueTitle('fence')
  await insertNote(ownerId, title)
  await watcher.next((change) => newRecord(change).title === title)
}

test('the owner receives the INSERT, UPDATE and DELETE of their row, with the row as the payload', async () => {
  const title = uniqueTitle('own')
  const note = await insertNote(CAM, title, 3)
  const inserted = await cam.next(
    (change) => change.eventType === 'INSERT' && newRecord(change).id === note.id,
  )
  assert.equal(inserted.schema, 'public')
  assert.equal(inserted.table, 'realtime_fixture_notes')
  assert.deepEqual(newRecord(inserted), { ...note })
  assert.ok(!Number.isNaN(Date.parse(inserted.commit_timestamp)))

  await updateNote(note.id, { priority: 4 })
  const updated = await cam.next(
    (change) => change.eventType === 'UPDATE' && newRecord(change).id === note.id,
  )
  assert.equal(newRecord(updated).priority, 4)
  assert.equal(oldRecord(updated).id, note.id)

  await deleteNote(note.id)
  const deleted = await cam.next(
    (change) => change.eventType === 'DELETE' && oldRecord(change).id === note.id,
  )
  assert.deepEqual(oldRecord(deleted), { id: note.id }, 'a DELETE carries the primary key only')
})

test("another user's INSERT and UPDATE never reach a subscriber who may not see the row", async () => {
  const note = await insertNote(DAO, uniqueTitle('theirs'))
  await updateNote(note.id, { title: uniqueTitle('theirs-renamed') })
  await dao.next((change) => change.eventType === 'UPDATE' && newRecord(change).id === note.id)
  await fence(cam, CAM)
  assert.equal(
    cam.received.filter((change) => newRecord(change).id === note.id || newRecord(change).owner_id === DAO)
      .length,
    0,
  )
})

test('a row that moves to another owner stops reaching its former owner and starts reaching the new one', async () => {
  const note = await insertNote(CAM, uniqueTitle('moving'))
  await cam.next((change) => change.eventType === 'INSERT' && newRecord(change).id === note.id)
  await updateNote(note.id, { owner_id: DAO })
  const arrived = await dao.next(
    (change) => change.eventType === 'UPDATE' && newRecord(change).id === note.id,
  )
  assert.equal(newRecord(arrived).owner_id, DAO)
  await updateNote(note.id, { priority: 9 })
  await dao.next(
    (change) =>
      change.eventType === 'UPDATE' && newRecord(change).priority === 9 && newRecord(change).id === note.id,
  )
  await fence(cam, CAM)
  const camUpdates = cam.received.filter(
    (change) => change.eventType === 'UPDATE' && newRecord(change).id === note.id,
  )
  assert.equal(camUpdates.length, 0, 'the former owner hears nothing once the row is no longer theirs')
})

test('an anonymous subscriber hears no change of an owner-only table', async () => {
  const anonClient = realtimeClient()
  const anon = await watchNotes(anonClient, [{ event: '*' }])
  const note = await insertNote(CAM, uniqueTitle('anon-probe'))
  await updateNote(note.id, { priority: 1 })
  await cam.next((change) => change.eventType === 'UPDATE' && newRecord(change).id === note.id)
  await fence(cam, CAM)
  assert.equal(anon.received.filter((change) => change.eventType !== 'DELETE').length, 0)
  await anonClient.removeAllChannels()
  anonClient.realtime.disconnect()
})
