import assert from 'node:assert/strict'
import { test } from 'node:test'
import { WebSocket } from 'ws'
import { ANON_KEY } from '../../supabase/local/config.ts'
import {
  accessTokenFor,
  API_URL,
  CAM,
  insertNote,
  newRecord,
  realtimeClient,
  uniqueTitle,
  watchNotes,
} from './support/realtime-client.ts'

const SOCKET_URL = `${API_URL.replace(/^http/, 'ws')}/realtime/v1/websocket`

test('the socket survives many heartbeats and still delivers changes', async () => {
  const client = realtimeClient({ heartbeatIntervalMs: 150 })
  const statuses: string[] = []
  client.realtime.onHeartbeat((status) => statuses.push(status))
  const watcher = await watchNotes(client, [{ event: 'INSERT' }], accessTokenFor(CAM))
  await new Promise((resolve) => setTimeout(resolve, 1200))
  assert.ok(statuses.filter((status) => status === 'ok').length >= 4, `heartbeats: ${statuses.join(',')}`)
  assert.ok(!statuses.includes('timeout'))
  const note = await insertNote(CAM, uniqueTitle('after-heartbeats'))
  await watcher.next((change) => newRecord(change).id === note.id)
  assert.equal(client.realtime.connectionState(), 'open')
  client.realtime.disconnect()
})

test('a vsn 1.0.0 client (JSON objects) joins and receives changes', async () => {
  const client = realtimeClient({ vsn: '1.0.0' })
  const watcher = await watchNotes(
    client,
    [{ event: '*', filter: `owner_id=eq.${CAM}` }],
    accessTokenFor(CAM),
  )
  const note = await insertNote(CAM, uniqueTitle('vsn1'), 5)
  const change = await watcher.next((received) => newRecord(received).id === note.id)
  assert.equal(newRecord(change).priority, 5)
  client.realtime.disconnect()
})

test('broadcast reaches the other members of the topic, and the sender when self is set, with an ack', async () => {
  const topic = uniqueTitle('room')
  const sender = realtimeClient()
  const listener = realtimeClient()
  const heardBySender: unknown[] = []
  const heard = new Promise<unknown>((resolve) => {
    listener
      .channel(topic)
      .on('broadcast', { event: 'moved' }, (message) => resolve(message.payload))
      .subscribe()
  })
  const senderChannel = sender.channel(topic, { config: { broadcast: { self: true, ack: true } } })
  senderChannel.on('broadcast', { event: 'moved' }, (message) => heardBySender.push(message.payload))
  await new Promise<void>((resolve) =>
    senderChannel.subscribe((status) => status === 'SUBSCRIBED' && resolve()),
  )
  await new Promise((resolve) => setTimeout(resolve, 200))
  assert.equal(await senderChannel.send({ type: 'broadcast', event: 'moved', payload: { card: 7 } }), 'ok')
  assert.deepEqual(await heard, { card: 7 })
  await new Promise((resolve) => setTimeout(resolve, 100))
  assert.deepEqual(heardBySender, [{ card: 7 }])
  sender.realtime.disconnect()
  listener.realtime.disconnect()
})

test('a socket without an apikey, or with a forged one, is refused with 401', async () => {
  for (const url of [SOCKET_URL, `${SOCKET_URL}?apikey=${ANON_KEY.slice(0, -3)}abc`]) {
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(url)
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
      socket.on('open', () => resolve(101))
      socket.on('error', () => undefined)
    })
    assert.equal(status, 401)
  }
})

test('heartbeats and unknown topics are answered on a raw socket', async () => {
  const socket = new WebSocket(`${SOCKET_URL}?apikey=${ANON_KEY}&vsn=2.0.0`)
  const replies: unknown[] = []
  await new Promise((resolve) => socket.on('open', resolve))
  socket.on('message', (data) => replies.push(JSON.parse(String(data))))
  socket.send(JSON.stringify([null, '1', 'phoenix', 'heartbeat', {}]))
  socket.send(JSON.stringify(['2', '2', 'realtime:never-joined', 'broadcast', { event: 'x', payload: {} }]))
  await new Promise((resolve) => setTimeout(resolve, 200))
  assert.deepEqual(replies, [
    [null, '1', 'phoenix', 'phx_reply', { status: 'ok', response: {} }],
    [
      '2',
      '2',
      'realtime:never-joined',
      'phx_reply',
      { status: 'error', response: { reason: 'unmatched topic' } },
    ],
  ])
  socket.close()
})
