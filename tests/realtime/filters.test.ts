import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { SupabaseClient } from '@supabase/supabase-js'
import {
  accessTokenFor,
  CAM,
  deleteNote,
  insertNote,
  newRecord,
  oldRecord,
  realtimeClient,
  uniqueTitle,
  updateNote,
  watchNotes,
} from './support/realtime-client.ts'

let client: SupabaseClient
before(() => {
  client = realtimeClient()
})
after(async () => {
  await client.removeAllChannels()
  client.realtime.disconnect()
})

/** Inserts notes with priorities 1..5 and returns the priorities each filtered subscriber heard about. */
async function prioritiesHeard(filter: string): Promise<number[]> {
  const batch = uniqueTitle('filter')
  const watcher = await watchNotes(
    client,
    [
      { event: 'INSERT', filter },
      { event: 'INSERT', filter: `title=eq.${batch}-end` },
    ],
    accessTokenFor(CAM),
  )
  for (const priority of [1, 2, 3, 4, 5]) await insertNote(CAM, `${batch}-${priority}`, priority)
  await insertNote(CAM, `${batch}-end`, 0)
  await watcher.next((change) => newRecord(change).title === `${batch}-end`)
  await client.removeChannel(watcher.channel)
  return watcher.received
    .map(newRecord)
    .filter((note) => note.title?.startsWith(`${batch}-`) && note.title !== `${batch}-end`)
    .map((note) => note.priority ?? -1)
    .toSorted()
}

const cases: [string, number[]][] = [
  ['priority=eq.3', [3]],
  ['priority=neq.3', [1, 2, 4, 5]],
  ['priority=lt.3', [1, 2]],
  ['priority=lte.3', [1, 2, 3]],
  ['priority=gt.3', [4, 5]],
  ['priority=gte.3', [3, 4, 5]],
  ['priority=in.(1,4,5)', [1, 4, 5]],
]
for (const [filter, expected] of cases) {
  test(`filter ${filter} delivers exactly the matching rows`, async () => {
    assert.deepEqual(await prioritiesHeard(filter), expected)
  })
}

test('the event of a binding selects the change type, and a DELETE is filtered on its key', async () => {
  const note = await insertNote(CAM, uniqueTitle('events'), 2)
  const watcher = await watchNotes(
    client,
    [
      { event: 'UPDATE', filter: `id=eq.${note.id}` },
      { event: 'DELETE', filter: `id=eq.${note.id}` },
    ],
    accessTokenFor(CAM),
  )
  await updateNote(note.id, { priority: 7 })
  await deleteNote(note.id)
  await watcher.next((change) => change.eventType === 'DELETE')
  assert.deepEqual(
    watcher.received.map((change) => change.eventType),
    ['UPDATE', 'DELETE'],
  )
  assert.equal(oldRecord(watcher.received[1]!).id, note.id)
})

test('a malformed filter is refused at join', async () => {
  await assert.rejects(
    watchNotes(client, [{ event: '*', filter: 'priority=like.3' }], accessTokenFor(CAM)),
    /invalid filter/,
  )
})
