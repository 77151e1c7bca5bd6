import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  accessTokenFor,
  CAM,
  DAO,
  insertNote,
  newRecord,
  realtimeClient,
  uniqueTitle,
  watchNotes,
} from './support/realtime-client.ts'

test('a refreshed access token changes what the subscriber may see, from the next change on', async () => {
  const client = realtimeClient()
  const watcher = await watchNotes(client, [{ event: 'INSERT' }])
  // Cam's own subscription hears the row in the same delivery pass that decides the anonymous one,
  // so once it arrives the anonymous subscriber has been judged on it.
  const witnessClient = realtimeClient()
  const witness = await watchNotes(witnessClient, [{ event: 'INSERT' }], accessTokenFor(CAM))
  const beforeSignIn = await insertNote(CAM, uniqueTitle('before-sign-in'))
  await witness.next((change) => newRecord(change).id === beforeSignIn.id)
  await witnessClient.removeAllChannels()
  witnessClient.realtime.disconnect()

  await client.realtime.setAuth(accessTokenFor(CAM))
  const asCam = await insertNote(CAM, uniqueTitle('as-cam'))
  await watcher.next((change) => newRecord(change).id === asCam.id)

  await client.realtime.setAuth(accessTokenFor(DAO))
  const camsLater = await insertNote(CAM, uniqueTitle('cam-later'))
  const asDao = await insertNote(DAO, uniqueTitle('as-dao'))
  await watcher.next((change) => newRecord(change).id === asDao.id)

  const heard = watcher.received.map((change) => newRecord(change).id)
  assert.ok(!heard.includes(beforeSignIn.id), 'anonymous: nothing')
  assert.ok(!heard.includes(camsLater.id), "after switching to Dao: none of Cam's rows")
  await client.removeAllChannels()
  client.realtime.disconnect()
})

test('a forged access token is refused at join and on refresh ends the channel', async () => {
  const forged = `${accessTokenFor(CAM).slice(0, -4)}AAAA`
  const refused = realtimeClient()
  await assert.rejects(watchNotes(refused, [{ event: '*' }], forged), /signature/)
  refused.realtime.disconnect()

  const client = realtimeClient()
  const watcher = await watchNotes(client, [{ event: '*' }], accessTokenFor(CAM))
  const closed = new Promise<string>((resolve) =>
    watcher.channel.on('system', {}, (message: { status?: string; message?: string }) => {
      if (message.status === 'error') resolve(message.message ?? '')
    }),
  )
  await client.realtime.setAuth(forged)
  assert.match(await closed, /signature/)
  const after = await insertNote(CAM, uniqueTitle('after-forgery'))
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.ok(!watcher.received.some((change) => newRecord(change).id === after.id))
  client.realtime.disconnect()
})

test('an expired token receives nothing: the channel is ended with a system message', async () => {
  const client = realtimeClient()
  const watcher = await watchNotes(client, [{ event: '*' }], accessTokenFor(CAM, 2))
  const closed = new Promise<string>((resolve) =>
    watcher.channel.on('system', {}, (message: { status?: string; message?: string }) => {
      if (message.status === 'error') resolve(message.message ?? '')
    }),
  )
  await new Promise((resolve) => setTimeout(resolve, 2100))
  const late = await insertNote(CAM, uniqueTitle('late'))
  assert.match(await closed, /expired/)
  assert.ok(!watcher.received.some((change) => newRecord(change).id === late.id))
  client.realtime.disconnect()
})
